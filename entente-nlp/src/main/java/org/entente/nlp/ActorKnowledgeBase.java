package org.entente.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.entente.core.Actor;
import org.entente.core.InputException;

/**
 * The actors Entente can recognise by name: the built-in states and organisations and any
 * user-supplied file in the format of {@code docs/actors.md}. Immutable and thread-safe.
 *
 * <p>Malformed lines do not fail a load: they are skipped and reported in {@link #warnings()} as
 * {@code file:line: reason}, so one bad line in a user's file costs that line only; an id repeated
 * within one file is such a line (the first definition stays). A later file overrides an earlier
 * one's actor of the same id. A file that
 * cannot be read at all (missing, unreadable, not UTF-8) throws {@link InputException}.
 */
public final class ActorKnowledgeBase {

    private static final String STATES = "kb/states.tsv";
    private static final String ORGANISATIONS = "kb/organisations.tsv";
    private static final String PERSONS = "kb/persons.tsv";

    private final Map<String, Actor> actors;
    private final List<String> warnings;

    private ActorKnowledgeBase(Map<String, Actor> actors, List<String> warnings) {
        this.actors = actors;
        this.warnings = List.copyOf(warnings);
    }

    /** A base with no actors; for building one from files only. */
    public static ActorKnowledgeBase empty() {
        return new ActorKnowledgeBase(Map.of(), List.of());
    }

    /**
     * The built-in base: {@code states.tsv}, {@code organisations.tsv} and {@code persons.tsv} from
     * the classpath, in that order, so a person's affiliations may name any built-in actor. Reads
     * the files on every call (milliseconds); keep the result.
     *
     * @throws IllegalStateException when a built-in file is missing from the jar
     */
    public static ActorKnowledgeBase builtIn() {
        return empty().withResource(STATES).withResource(ORGANISATIONS).withResource(PERSONS);
    }

    /**
     * This base plus the actors of {@code userFile}; an actor whose id is already known replaces
     * the earlier one.
     *
     * @throws InputException when the file cannot be read or is not UTF-8 text
     */
    public ActorKnowledgeBase with(Path userFile) {
        Objects.requireNonNull(userFile, "userFile");
        try (Reader reader = new InputStreamReader(
                Files.newInputStream(userFile),
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT))) {
            return plus(KnowledgeBaseFile.parse(userFile.toString(), reader));
        } catch (CharacterCodingException e) {
            throw new InputException(userFile + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new InputException(userFile + ": cannot read the actor file (" + e.getMessage() + ")", e);
        }
    }

    ActorKnowledgeBase withResource(String name) {
        try (InputStream in = ActorKnowledgeBase.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("built-in actor file " + name + " is missing from the classpath");
            }
            return plus(KnowledgeBaseFile.parse(name, new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in actor file " + name, e);
        }
    }

    private ActorKnowledgeBase plus(KnowledgeBaseFile.Parsed parsed) {
        Map<String, Actor> merged = new LinkedHashMap<>(actors);
        for (Actor actor : parsed.actors()) {
            merged.remove(actor.id());
            merged.put(actor.id(), actor);
        }
        List<String> allWarnings = new ArrayList<>(warnings);
        allWarnings.addAll(parsed.warnings());
        return new ActorKnowledgeBase(Collections.unmodifiableMap(merged), allWarnings);
    }

    /** Every actor, in the order the files list them. */
    public List<Actor> actors() {
        return List.copyOf(actors.values());
    }

    public Optional<Actor> actor(String id) {
        return Optional.ofNullable(actors.get(id));
    }

    /** One {@code file:line: reason} message per line that was skipped; empty when all loaded. */
    public List<String> warnings() {
        return warnings;
    }
}
