package uk.bestvalue.authority;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.bestvalue.NotFound;
import uk.bestvalue.store.Database;

/** The register of English local authorities: search it, look one up, import a new edition. */
public final class AuthorityRegister {
    /** mySociety's register, shipped inside the product (CC BY 4.0; see the NOTICE beside it). */
    public static final String SHIPPED_REGISTER = "/data/authorities/uk_local_authorities_current.csv";
    public static final String ATTRIBUTION = "Authority register: mySociety, UK Local Authorities (past and current) "
            + "v1.6.1, CC BY 4.0. Population: ONS mid-2020 estimates as compiled by mySociety.";

    private static final Logger LOG = LoggerFactory.getLogger(AuthorityRegister.class);

    private final AuthorityRepository repository;

    /** What the register announces after an import, so that every node forgets the authorities it keeps. */
    public static final String TOPIC = "authorities";
    private final uk.bestvalue.store.ChangeFeed changes;

    public AuthorityRegister(Database db) {
        this.changes = db.changes();
        this.repository = new AuthorityRepository(db);
    }

    public List<Authority> find(AuthorityQuery query) {
        return repository.find(query);
    }

    public Optional<Authority> get(OnsCode code) {
        return repository.get(code);
    }

    /** The authority a request names by its code, or {@link NotFound} saying why there is none. */
    public Authority require(String code) {
        if (!OnsCode.isValid(code)) {
            throw new NotFound("Authority not found", "'" + code + "' is not an ONS GSS code (e.g. E07000135), so no authority has it");
        }
        OnsCode parsed = OnsCode.parse(code);
        return repository.get(parsed).orElseThrow(() -> new NotFound("Authority not found",
                "No authority in the register has the code " + parsed));
    }

    /** The authority with its county, districts, predecessors and successors, for its own page. */
    public Optional<AuthorityProfile> profile(OnsCode code) {
        return repository.get(code).map(authority -> new AuthorityProfile(
                authority,
                Optional.ofNullable(authority.countyCode()).flatMap(repository::get),
                authority.type() == AuthorityType.SHIRE_COUNTY ? repository.districtsOf(code) : List.of(),
                repository.predecessorsOf(code),
                authority.successorCodes().stream().map(repository::get).flatMap(Optional::stream).toList()));
    }

    public long count(AuthorityStatus status) {
        return repository.count(status);
    }

    /** Imports a register file: all of it, or, if any row is bad, none of it. */
    public RegisterImport importFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return importStream(file.getFileName().toString(), in);
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException("No such file: " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    public RegisterImport importStream(String source, InputStream in) {
        RegisterFile.Contents contents = RegisterFile.read(source, in);
        List<Authority> authorities = contents.authorities();
        int added = repository.upsertAll(authorities);
        changes.announce(TOPIC);
        RegisterImport result = new RegisterImport(source, authorities.size(), added, authorities.size() - added,
                contents.skippedOutsideEngland());
        LOG.debug("Imported {} authorities from {} ({} new, {} updated)", result.imported(), source, added, result.updated());
        return result;
    }

    /** Loads the register that ships with the product, unless the database already has authorities. */
    public Optional<RegisterImport> loadShippedRegisterIfEmpty() {
        if (repository.count(AuthorityStatus.ALL) > 0) {
            return Optional.empty();
        }
        try (InputStream in = AuthorityRegister.class.getResourceAsStream(SHIPPED_REGISTER)) {
            if (in == null) {
                throw new IllegalStateException("The shipped authority register is missing from the product: " + SHIPPED_REGISTER);
            }
            return Optional.of(importStream("the shipped register (mySociety, CC BY 4.0)", in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
