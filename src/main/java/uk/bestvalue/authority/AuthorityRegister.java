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
    private final Database db;

    /** What the register announces after an import, so that every node forgets the authorities it keeps. */
    public static final String TOPIC = "authorities";
    private final uk.bestvalue.store.ChangeFeed changes;

    public AuthorityRegister(Database db) {
        this.changes = db.changes();
        this.repository = new AuthorityRepository(db);
        this.db = db;
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

    /** One authority's region or county as it was, and as the register's corrections put it. */
    public record Correction(String code, String name, String regionBefore, String regionAfter, String countyBefore, String countyAfter) {
    }

    /**
     * Applies the corrections every register import makes (Forest Heath's county, the regions of past
     * councils and of counties) to the register the database holds, so that a database created before a
     * correction was made gets it too. Changes only what differs, in one transaction, each change in the
     * audit trail as the installation's; running it again changes nothing.
     */
    public List<Correction> applyCorrections(uk.bestvalue.AuditTrail audit) {
        List<Authority> held = repository.find(new AuthorityQuery(null, null, null, AuthorityStatus.ALL));
        java.util.Map<OnsCode, Authority> before = new java.util.HashMap<>();
        held.forEach(a -> before.put(a.code(), a));
        List<Authority> changed = RegisterFile.withCorrections(held).stream().filter(a -> {
            Authority old = before.get(a.code());
            return !java.util.Objects.equals(old.region(), a.region()) || !java.util.Objects.equals(old.countyCode(), a.countyCode());
        }).toList();
        if (changed.isEmpty()) {
            return List.of();
        }
        List<Correction> corrections = changed.stream().map(a -> {
            Authority old = before.get(a.code());
            return new Correction(a.code().value(), a.name(), old.region() == null ? null : old.region().code(),
                    a.region() == null ? null : a.region().code(), old.countyCode() == null ? null : old.countyCode().value(),
                    a.countyCode() == null ? null : a.countyCode().value());
        }).toList();
        db.transaction(tx -> {
            for (int i = 0; i < changed.size(); i++) {
                Correction c = corrections.get(i);
                repository.correct(tx, changed.get(i));
                audit.record(tx, uk.bestvalue.Actor.installation(), c.code(), "authority", c.code(), "correct",
                        placed(c.regionBefore(), c.countyBefore()), placed(c.regionAfter(), c.countyAfter()));
            }
            return null;
        });
        LOG.info("Corrected {} authorities in the register held: {}", corrections.size(),
                corrections.stream().map(Correction::name).sorted().toList());
        return corrections;
    }

    private static java.util.Map<String, String> placed(String region, String county) {
        java.util.Map<String, String> where = new java.util.LinkedHashMap<>();
        where.put("region", region);
        where.put("county", county);
        return where;
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
