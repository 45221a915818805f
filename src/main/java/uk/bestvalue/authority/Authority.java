package uk.bestvalue.authority;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One English local authority as the register knows it. A past authority has an end date and
 * usually one or more successors.
 */
public record Authority(
        OnsCode code,
        String registerCode,
        String name,
        String officialName,
        AuthorityType type,
        Region region,
        OnsCode countyCode,
        Integer population,
        Integer populationYear,
        BigDecimal areaKm2,
        LocalDate startDate,
        LocalDate endDate,
        List<OnsCode> successorCodes) {

    public Authority {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(registerCode, "registerCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(officialName, "officialName");
        Objects.requireNonNull(type, "type");
        successorCodes = successorCodes == null ? List.of() : List.copyOf(successorCodes);
    }

    public boolean isCurrent() {
        return endDate == null;
    }
}
