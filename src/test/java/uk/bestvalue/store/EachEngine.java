package uk.bestvalue.store;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs a test once per database engine: on H2 and on a real PostgreSQL server (unless the run
 * opted out with {@code -Dbv.pg=off}). The test takes the {@link Engine} as its parameter and asks
 * {@link TestDatabases#fresh} for an empty, migrated database.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "on {0}")
@MethodSource("uk.bestvalue.store.TestDatabases#engines")
public @interface EachEngine {
}
