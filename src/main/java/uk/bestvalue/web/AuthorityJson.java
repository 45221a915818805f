package uk.bestvalue.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.bestvalue.authority.Authority;
import uk.bestvalue.authority.OnsCode;

/** An authority as the API shows it. */
record AuthorityJson(
        String code,
        String name,
        String officialName,
        String type,
        String typeLabel,
        String regionCode,
        String regionName,
        String countyCode,
        Integer population,
        Integer populationYear,
        BigDecimal areaKm2,
        LocalDate startDate,
        LocalDate endDate,
        boolean current,
        List<String> successorCodes,
        String href) {

    static AuthorityJson of(Authority a) {
        return new AuthorityJson(
                a.code().value(), a.name(), a.officialName(), a.type().id(), a.type().label(),
                a.region() == null ? null : a.region().code(),
                a.region() == null ? null : a.region().label(),
                a.countyCode() == null ? null : a.countyCode().value(),
                a.population(), a.populationYear(), a.areaKm2(), a.startDate(), a.endDate(), a.isCurrent(),
                a.successorCodes().stream().map(OnsCode::value).toList(),
                "/api/v1/authorities/" + a.code().value());
    }
}
