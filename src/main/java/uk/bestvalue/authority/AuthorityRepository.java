package uk.bestvalue.authority;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.bestvalue.store.Database;
import uk.bestvalue.store.Sql;

/** The register's SQL. */
final class AuthorityRepository {
    private static final String COLUMNS = "a.code, a.register_code, a.name, a.official_name, a.type, a.region_code, "
            + "a.county_code, a.population, a.population_year, a.area_km2, a.start_date, a.end_date";

    private final Database db;

    AuthorityRepository(Database db) {
        this.db = db;
    }

    List<Authority> find(AuthorityQuery query) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (query.text() != null) {
            where.append(" and (lower(a.name) like ? escape '\\' or lower(a.official_name) like ? escape '\\' or lower(a.code) like ? escape '\\')");
            params.add(query.likePattern());
            params.add(query.likePattern());
            params.add(query.likePattern());
        }
        if (query.type() != null) {
            where.append(" and a.type = ?");
            params.add(query.type().id());
        }
        if (query.region() != null) {
            where.append(" and a.region_code = ?");
            params.add(query.region().code());
        }
        switch (query.status()) {
            case CURRENT -> where.append(" and a.end_date is null");
            case PAST -> where.append(" and a.end_date is not null");
            case ALL -> { }
        }
        return withSuccessors(db.query("select " + COLUMNS + " from authority a" + where + " order by a.name, a.code",
                AuthorityRepository::authority, params.toArray()));
    }

    Optional<Authority> get(OnsCode code) {
        return withSuccessors(db.query("select " + COLUMNS + " from authority a where a.code = ?",
                AuthorityRepository::authority, code.value())).stream().findFirst();
    }

    List<Authority> predecessorsOf(OnsCode code) {
        return withSuccessors(db.query("select " + COLUMNS + " from authority a join authority_successor s on s.code = a.code"
                + " where s.successor_code = ? order by a.name", AuthorityRepository::authority, code.value()));
    }

    List<Authority> districtsOf(OnsCode county) {
        return withSuccessors(db.query("select " + COLUMNS + " from authority a where a.county_code = ? order by a.name",
                AuthorityRepository::authority, county.value()));
    }

    long count(AuthorityStatus status) {
        return switch (status) {
            case CURRENT -> db.count("select count(*) from authority where end_date is null");
            case PAST -> db.count("select count(*) from authority where end_date is not null");
            case ALL -> db.count("select count(*) from authority");
        };
    }

    /**
     * Inserts or updates every authority in one transaction, then replaces their successor links.
     * Returns how many were new. The county and successor columns refer to authorities that may
     * come later in the list, so links are written once all rows are in.
     */
    int upsertAll(List<Authority> authorities) {
        return db.transaction(tx -> {
            int added = 0;
            for (Authority authority : authorities) {
                Object[] values = values(authority);
                int updated = tx.update("update authority set register_code = ?, name = ?, official_name = ?, type = ?, region_code = ?,"
                        + " county_code = ?, population = ?, population_year = ?, area_km2 = ?, start_date = ?, end_date = ? where code = ?",
                        rotateCodeToEnd(values));
                if (updated == 0) {
                    tx.update("insert into authority (code, register_code, name, official_name, type, region_code, county_code,"
                            + " population, population_year, area_km2, start_date, end_date) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
                    added++;
                }
            }
            List<Object[]> links = new ArrayList<>();
            for (Authority authority : authorities) {
                tx.update("delete from authority_successor where code = ?", authority.code().value());
                for (OnsCode successor : authority.successorCodes()) {
                    links.add(new Object[] {authority.code().value(), successor.value()});
                }
            }
            tx.batch("insert into authority_successor (code, successor_code) values (?, ?)", links);
            return added;
        });
    }

    /** Puts right one authority's region and county, as a correction of the register says, inside the caller's transaction. */
    void correct(uk.bestvalue.store.Sql tx, Authority a) {
        tx.update("update authority set region_code = ?, county_code = ? where code = ?", a.region() == null ? null : a.region().code(),
                a.countyCode() == null ? null : a.countyCode().value(), a.code().value());
    }

    private static Object[] values(Authority a) {
        return new Object[] {
            a.code().value(), a.registerCode(), a.name(), a.officialName(), a.type().id(),
            a.region() == null ? null : a.region().code(),
            a.countyCode() == null ? null : a.countyCode().value(),
            a.population(), a.populationYear(), a.areaKm2(),
            a.startDate() == null ? null : Date.valueOf(a.startDate()),
            a.endDate() == null ? null : Date.valueOf(a.endDate())
        };
    }

    private static Object[] rotateCodeToEnd(Object[] values) {
        Object[] rotated = new Object[values.length];
        System.arraycopy(values, 1, rotated, 0, values.length - 1);
        rotated[values.length - 1] = values[0];
        return rotated;
    }

    private List<Authority> withSuccessors(List<Authority> authorities) {
        if (authorities.isEmpty()) {
            return authorities;
        }
        Map<OnsCode, List<OnsCode>> successors = new LinkedHashMap<>();
        Sql sql = db;
        String placeholders = authorities.size() <= 50 ? String.join(", ", authorities.stream().map(a -> "?").toList()) : null;
        List<String[]> links = placeholders == null
                ? sql.query("select code, successor_code from authority_successor order by code, successor_code",
                        row -> new String[] {row.getString(1), row.getString(2)})
                : sql.query("select code, successor_code from authority_successor where code in (" + placeholders + ") order by code, successor_code",
                        row -> new String[] {row.getString(1), row.getString(2)},
                        authorities.stream().map(a -> a.code().value()).toArray());
        for (String[] link : links) {
            successors.computeIfAbsent(new OnsCode(link[0]), c -> new ArrayList<>()).add(new OnsCode(link[1]));
        }
        return authorities.stream()
                .map(a -> successors.containsKey(a.code()) ? withSuccessorCodes(a, successors.get(a.code())) : a)
                .toList();
    }

    private static Authority withSuccessorCodes(Authority a, List<OnsCode> successorCodes) {
        return new Authority(a.code(), a.registerCode(), a.name(), a.officialName(), a.type(), a.region(), a.countyCode(),
                a.population(), a.populationYear(), a.areaKm2(), a.startDate(), a.endDate(), successorCodes);
    }

    private static Authority authority(ResultSet row) throws SQLException {
        String type = row.getString("type");
        String region = row.getString("region_code");
        String county = row.getString("county_code");
        Date start = row.getDate("start_date");
        Date end = row.getDate("end_date");
        BigDecimal area = row.getBigDecimal("area_km2");
        return new Authority(
                new OnsCode(row.getString("code")),
                row.getString("register_code"),
                row.getString("name"),
                row.getString("official_name"),
                AuthorityType.fromId(type).orElseThrow(() -> new IllegalStateException("Unknown authority type in the database: " + type)),
                region == null ? null : Region.fromCode(region).orElse(null),
                county == null ? null : new OnsCode(county),
                (Integer) row.getObject("population"),
                (Integer) row.getObject("population_year"),
                area,
                start == null ? null : start.toLocalDate(),
                end == null ? null : end.toLocalDate(),
                List.of());
    }
}
