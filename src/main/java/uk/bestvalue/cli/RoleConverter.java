package uk.bestvalue.cli;

import java.util.ArrayList;
import java.util.Arrays;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import uk.bestvalue.auth.Role;

/** A role by its code on the command line, e.g. {@code editor} or {@code chief-finance-officer}. */
final class RoleConverter implements ITypeConverter<Role> {
    @Override
    public Role convert(String value) {
        return Role.of(value).orElseThrow(() -> new TypeConversionException("'" + value + "' is not a role; use one of " + Role.codes()));
    }

    static final class Codes extends ArrayList<String> {
        Codes() {
            super(Arrays.stream(Role.values()).map(Role::code).toList());
        }
    }
}
