package uk.bestvalue.explorer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.bestvalue.FieldError;
import uk.bestvalue.Invalid;
import uk.bestvalue.authority.AuthorityType;
import uk.bestvalue.period.PeriodType;

/** Checks a metric definition field by field, collecting every problem, and turns it into a {@link Metric}. */
final class MetricRules {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,79}");

    private MetricRules() {
    }

    static Metric check(MetricDefinition d) {
        List<FieldError> errors = new ArrayList<>();
        String id = text(d.id());
        if (id == null || !ID.matcher(id).matches()) {
            errors.add(new FieldError("id", "give an id of 2 to 80 lower-case letters, digits and hyphens, such as road-condition-a-roads"));
        }
        String title = required(errors, "title", d.title(), 300);
        String description = optional(errors, "description", d.description(), 4000);
        String area = required(errors, "area", d.area(), 60);
        String unit = required(errors, "unit", d.unit(), 20);
        Polarity polarity = null;
        if (text(d.polarity()) == null || Polarity.fromId(d.polarity().strip()).isEmpty()) {
            errors.add(new FieldError("polarity", "choose higher_better, lower_better or neutral (context, never ranked as performance)"));
        } else {
            polarity = Polarity.fromId(d.polarity().strip()).orElseThrow();
        }
        Set<AuthorityType> types = new LinkedHashSet<>();
        List<String> given = d.applies_to() == null ? List.of() : d.applies_to();
        for (int i = 0; i < given.size(); i++) {
            String type = given.get(i) == null ? "" : given.get(i).strip();
            int index = i + 1;
            AuthorityType.fromId(type).ifPresentOrElse(types::add, () -> errors.add(new FieldError("applies_to[" + index + "]",
                    "'" + type + "' is not an authority type; use " + Arrays.stream(AuthorityType.values()).map(AuthorityType::id)
                            .collect(Collectors.joining(", ")))));
        }
        if (given.isEmpty()) {
            errors.add(new FieldError("applies_to", "name the kinds of authority the metric applies to, such as shire_county, unitary"));
        }
        PeriodType periodType = text(d.period_type()) == null ? null : PeriodType.fromId(d.period_type()).orElse(null);
        if (periodType == null) {
            errors.add(new FieldError("period_type", "choose " + Arrays.stream(PeriodType.values()).map(PeriodType::id)
                    .collect(Collectors.joining(", "))));
        }
        String publisher = optional(errors, "publisher", d.publisher(), 300);
        String source = optional(errors, "source", d.source(), 1000);
        String licence = optional(errors, "licence", d.licence(), 200);
        String url = optional(errors, "url", d.url(), 1000);
        if (url != null && !url.matches("https?://[^\\s]+")) {
            errors.add(new FieldError("url", "give a web address starting with https:// or http://"));
        }
        String notes = optional(errors, "notes", d.notes(), 4000);
        if (d.decimals() != null && (d.decimals() < 0 || d.decimals() > 12)) {
            errors.add(new FieldError("decimals", "the number of decimal places published must be a whole number from 0 to 12"));
        }
        String aggregation = text(d.aggregation());
        if (aggregation != null) {
            aggregation = aggregation.toLowerCase(java.util.Locale.ROOT);
            if (!aggregation.equals(Metric.SUM)) {
                errors.add(new FieldError("aggregation", "'" + d.aggregation().strip() + "' is not sum; leave it out when values cannot be added up"));
            } else if (unit != null && List.of("percent", "%", "fraction", "share", "score", "ratio").contains(unit.toLowerCase(java.util.Locale.ROOT))) {
                errors.add(new FieldError("aggregation", "values in " + unit + " cannot be added up across councils; leave aggregation out"));
            }
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        return new Metric(id, title, description, unit, polarity, area, publisher, source, licence, types, periodType.id(), false, d.decimals(),
                url, notes, aggregation);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String required(List<FieldError> errors, String field, String value, int max) {
        String t = text(value);
        if (t == null) {
            // Said in full: an error summary shows the message without the field beside it.
            errors.add(new FieldError(field, "Enter the " + field.replace('_', ' ')));
        } else if (t.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
        return t;
    }

    private static String optional(List<FieldError> errors, String field, String value, int max) {
        String t = text(value);
        if (t != null && t.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
        return t;
    }
}
