package org.entente.core;

import java.util.Objects;
import java.util.Optional;

/** Whose claim an assertion is: the document's author, or an actor quoted or reported. */
public record Speaker(Optional<String> actor) {
    private static final Speaker AUTHOR = new Speaker(Optional.empty());

    public Speaker {
        Objects.requireNonNull(actor, "actor");
        actor.ifPresent(id -> Require.text(id, "actor"));
    }

    public static Speaker author() {
        return AUTHOR;
    }

    public static Speaker actor(String actorId) {
        return new Speaker(Optional.of(actorId));
    }

    /** "author" or the actor id, as the CLI and JSON write it. */
    public static Speaker parse(String text) {
        return "author".equals(text) ? AUTHOR : actor(text);
    }

    public boolean isAuthor() {
        return actor.isEmpty();
    }

    @Override
    public String toString() {
        return actor.orElse("author");
    }
}
