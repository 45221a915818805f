package uk.bestvalue.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.bestvalue.authority.AuthorityQuery;
import uk.bestvalue.authority.AuthorityStatus;
import uk.bestvalue.authority.AuthorityType;
import uk.bestvalue.authority.Region;
import uk.bestvalue.FieldError;

/**
 * The search parameters of the authorities list, shared by the page and the API: {@code q},
 * {@code type}, {@code region} (ONS code or name) and {@code status}. Bad values are collected,
 * not thrown one at a time.
 */
public record AuthoritySearch(String q, String type, String region, String status, AuthorityQuery query, List<FieldError> errors) {

    static AuthoritySearch from(Context ctx) {
        String q = trimmed(ctx.queryParam("q"));
        String type = trimmed(ctx.queryParam("type"));
        String region = trimmed(ctx.queryParam("region"));
        String status = trimmed(ctx.queryParam("status"));
        List<FieldError> errors = new ArrayList<>();
        if (q != null && q.length() > 200) {
            errors.add(new FieldError("q", "Search text must be 200 characters or fewer"));
        }
        Optional<AuthorityType> authorityType = type == null ? Optional.empty() : AuthorityType.fromId(type);
        if (type != null && authorityType.isEmpty()) {
            errors.add(new FieldError("type", "Type '" + type + "' is not known; use one of "
                    + String.join(", ", List.of(AuthorityType.values()).stream().map(AuthorityType::id).toList())));
        }
        Optional<Region> chosenRegion = region == null ? Optional.empty() : Region.fromCodeOrName(region);
        if (region != null && chosenRegion.isEmpty()) {
            errors.add(new FieldError("region", "Region '" + region + "' is not an English region; use an ONS region code such as E12000004"));
        }
        Optional<AuthorityStatus> chosenStatus = status == null ? Optional.of(AuthorityStatus.CURRENT) : AuthorityStatus.fromId(status);
        if (chosenStatus.isEmpty()) {
            errors.add(new FieldError("status", "Status '" + status + "' is not known; use current, past or all"));
        }
        AuthorityQuery query = new AuthorityQuery(q, authorityType.orElse(null), chosenRegion.orElse(null),
                chosenStatus.orElse(AuthorityStatus.CURRENT));
        return new AuthoritySearch(q, type, region, chosenStatus.map(AuthorityStatus::id).orElse(status), query, List.copyOf(errors));
    }

    public boolean isTypeSelected(AuthorityType candidate) {
        return query.type() == candidate;
    }

    public boolean isRegionSelected(Region candidate) {
        return query.region() == candidate;
    }

    public boolean isStatus(String candidate) {
        return query.status().id().equals(candidate);
    }

    public boolean isFiltered() {
        return q != null || query.type() != null || query.region() != null || query.status() != AuthorityStatus.CURRENT;
    }

    public Optional<String> errorFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst();
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
