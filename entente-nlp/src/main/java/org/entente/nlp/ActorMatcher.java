package org.entente.nlp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.core.Actor;
import org.entente.core.Alias;
import org.entente.core.AliasKind;

/**
 * Finds knowledge-base actors in a sentence's tokens by longest match of their aliases.
 *
 * <p>Tokens are split at hyphens first, so "U.S.-Azeri" or "Russian-Turkish-brokered" yield one
 * mention per actor on the same token, whichever way the tokenizer treated the hyphen; a trailing
 * possessive ("Iran's") is ignored. Abbreviations and metonyms match case-sensitively; other aliases
 * ignore case except that a capitalised alias word needs a capitalised text word ("Turkey", not
 * "turkey"). A metonym used as a place is dropped: after a preposition of place or motion ("in
 * Tehran", "arrived in Baku"), before another capitalised word ("Tehran Times"), or as a modifier
 * after an article ("the Tehran communiqué"); after "to" only following a word of motion ("flew to
 * Moscow", not "deliveries to Tehran"). A capital visited is its government: "visited Riyadh", "a
 * trip to Beijing", "its embassy in Riyadh". Cost: linear in tokens times the aliases sharing a
 * first word.
 * Immutable and thread-safe.
 */
final class ActorMatcher {

    /** An actor named by tokens {@code first..last} (inclusive, indices into the token list). */
    /**
     * An actor named by tokens {@code first..last}; {@code shared} when the alias names other actors
     * too ("Congo", "Congolese"), each of which then gets a mention on the same tokens.
     */
    record Mention(String actor, int first, int last, AliasKind kind, boolean shared) {
        Mention(String actor, int first, int last, AliasKind kind) {
            this(actor, first, last, kind, false);
        }
    }

    private record Entry(String actor, AliasKind kind, List<String> parts) {}

    private static final Set<String> MOTION = Set.of(
            "flew",
            "fly",
            "flies",
            "travelled",
            "traveled",
            "travel",
            "went",
            "go",
            "goes",
            "came",
            "come",
            "returned",
            "return",
            "moved",
            "fled",
            "way",
            "route",
            "road",
            "back",
            "sent",
            "flights",
            "flight",
            "pilgrims",
            "refugees");
    private static final Set<String> ENVOYS = Set.of(
            "ambassador",
            "ambassadors",
            "envoy",
            "envoys",
            "diplomat",
            "diplomats",
            "embassy",
            "mission",
            "commissioner",
            "commissioners",
            "attaché",
            "attache",
            "staff");
    private static final Set<String> PLACE_BEFORE = Set.of(
            "in", "from", "near", "into", "at", "via", "outside", "inside", "across", "around", "toward", "towards",
            "arrived", "reached", "left", "flew");
    /** Words of receiving a guest: the capital "in" which it happens is the host. */
    private static final Set<String> RECEIVING = Set.of("received", "welcomed");
    /** Last words of institutions' names. */
    private static final Set<String> INSTITUTIONS = Set.of(
            "council",
            "union",
            "assembly",
            "court",
            "committee",
            "commission",
            "league",
            "community",
            "organisation",
            "organization",
            "bank",
            "fund",
            "agency",
            "parliament");
    /** Words of force before "at" or "on": the capital after them is the state attacked. */
    private static final Set<String> WEAPONS = Set.of(
            "rockets",
            "rocket",
            "missiles",
            "missile",
            "drones",
            "shells",
            "bombs",
            "fire",
            "fired",
            "firing",
            "strikes",
            "struck",
            "attacks");

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> GOVERNMENT_NOUNS =
            Set.of("regime", "government", "leadership", "authorities", "administration", "establishment", "'s");

    private final Map<String, List<Entry>> byFirstPart = new HashMap<>();

    ActorMatcher(Collection<Actor> actors) {
        for (Actor actor : actors) {
            for (Alias alias : actor.aliases()) {
                List<String> parts = new ArrayList<>();
                for (String word : alias.text().split("\\s+")) {
                    parts.addAll(subParts(word));
                }
                if (!parts.isEmpty()) {
                    byFirstPart
                            .computeIfAbsent(key(parts.get(0)), k -> new ArrayList<>())
                            .add(new Entry(actor.id(), alias.kind(), List.copyOf(parts)));
                }
            }
        }
        for (List<Entry> entries : byFirstPart.values()) {
            entries.sort(Comparator.comparingInt((Entry e) -> -e.parts().size()));
        }
    }

    /** The actor mentions in {@code tokens}, in text order; a token may carry several (dyads). */
    List<Mention> match(List<String> tokens) {
        List<String> parts = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (String part : subParts(tokens.get(i))) {
                parts.add(part);
                owner.add(i);
            }
        }
        List<Mention> mentions = new ArrayList<>();
        int p = 0;
        while (p < parts.size()) {
            List<Entry> longest = longestAt(parts, p);
            if (longest.isEmpty()) {
                p++;
                continue;
            }
            Entry entry = longest.get(0);
            int first = owner.get(p);
            int last = owner.get(p + entry.parts().size() - 1);
            boolean place = entry.kind() == AliasKind.METONYM && isPlace(tokens, first, last);
            if (!place && !insideLongerName(tokens, first, entry)) {
                for (Entry one : longest) {
                    mentions.add(new Mention(one.actor(), first, last, one.kind(), longest.size() > 1));
                }
            }
            p += entry.parts().size();
        }
        return mentions;
    }

    /**
     * The entries of the longest alias matching at part {@code p}: one, or one per actor when
     * several share that alias ("Congo"); none when no alias matches. Entries come longest first.
     */
    private List<Entry> longestAt(List<String> parts, int p) {
        List<Entry> found = new ArrayList<>();
        for (Entry entry : byFirstPart.getOrDefault(key(parts.get(p)), List.of())) {
            if (!found.isEmpty() && entry.parts().size() < found.get(0).parts().size()) {
                break;
            }
            boolean another = found.stream().noneMatch(e -> e.actor().equals(entry.actor()));
            if (another && p + entry.parts().size() <= parts.size() && matchesAt(entry, parts, p)) {
                found.add(entry);
            }
        }
        return found;
    }

    private static boolean matchesAt(Entry entry, List<String> parts, int p) {
        boolean exact = entry.kind() == AliasKind.ABBREVIATION || entry.kind() == AliasKind.METONYM;
        for (int i = 0; i < entry.parts().size(); i++) {
            if (!sameWord(entry.parts().get(i), parts.get(p + i), exact)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameWord(String aliasWord, String textWord, boolean exact) {
        String alias = trimDot(aliasWord);
        String text = trimDot(textWord);
        if (alias.isEmpty() || !alias.equalsIgnoreCase(text)) {
            return false;
        }
        boolean aliasCapital = Character.isUpperCase(alias.codePointAt(0));
        if (!aliasCapital) {
            return true;
        }
        return exact ? alias.equals(text) : Character.isUpperCase(text.codePointAt(0));
    }

    private static boolean isPlace(List<String> tokens, int first, int last) {
        if (tokens.get(first).contains("-") && !tokens.get(first).equals(tokens.get(last))) {
            return false;
        }
        if (subParts(tokens.get(last)).size() > 1) {
            return false;
        }
        String before = first > 0 ? lower(tokens.get(first - 1)) : "";
        String after = last + 1 < tokens.size() ? tokens.get(last + 1) : "";
        String twoBefore = first > 1 ? lower(tokens.get(first - 2)) : "";
        if ((before.equals("from") || before.equals("in")) && ENVOYS.contains(twoBefore)) {
            // "withdrew their ambassadors from Doha", "reopened its embassy in Riyadh": the envoy
            // leaves or serves the state, not the city.
            return false;
        }
        if ((before.equals("at") || before.equals("on")) && WEAPONS.contains(twoBefore)) {
            return false; // "fired rockets at Asmara": the state is aimed at, not the city
        }
        if (before.equals("in") && shortlyAfter(tokens, first, RECEIVING)) {
            return false; // "was received in Tehran", "received with honours in Kampala": the host
        }
        if (before.equals("to") && shortlyAfter(tokens, first, ENVOYS)) {
            return false; // "sent its ambassador back to Tehran": the envoy goes to the government
        }
        if (PLACE_BEFORE.contains(before) || before.equals("to") && MOTION.contains(twoBefore)) {
            return true;
        }
        if (!after.isEmpty() && Character.isUpperCase(after.codePointAt(0))) {
            return true;
        }
        boolean modifier = !after.isEmpty()
                && Character.isLowerCase(after.codePointAt(0))
                && !GOVERNMENT_NOUNS.contains(lower(after))
                && !after.startsWith("'");
        return ARTICLES.contains(before) && modifier;
    }

    /**
     * True for an institution's name that ends a longer one: "Security Council" in "Iran's Supreme
     * National Security Council" is not the United Nations'.
     */
    private static boolean insideLongerName(List<String> tokens, int first, Entry entry) {
        List<String> parts = entry.parts();
        if (first == 0 || parts.size() < 2 || !INSTITUTIONS.contains(lower(parts.get(parts.size() - 1)))) {
            return false;
        }
        String before = tokens.get(first - 1);
        return Character.isUpperCase(before.codePointAt(0)) && !ARTICLES.contains(lower(before));
    }

    /** True when one of the three words before the preposition ahead of a name is one of {@code words}. */
    private static boolean shortlyAfter(List<String> tokens, int name, Set<String> words) {
        for (int i = Math.max(0, name - 4); i < name - 1; i++) {
            if (words.contains(lower(tokens.get(i)))) {
                return true;
            }
        }
        return false;
    }

    /** The pieces of a token between hyphens and dashes, without a trailing possessive. */
    static List<String> subParts(String token) {
        List<String> parts = new ArrayList<>();
        for (String piece : token.split("[-\u2010\u2011\u2013]")) {
            String part = stripPossessive(piece);
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts;
    }

    private static String stripPossessive(String piece) {
        for (String suffix : List.of("'s", "\u2019s", "'", "\u2019")) {
            if (piece.endsWith(suffix)) {
                return piece.substring(0, piece.length() - suffix.length());
            }
        }
        return piece;
    }

    private static String key(String part) {
        return lower(trimDot(part));
    }

    private static String trimDot(String word) {
        return word.length() > 1 && word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
