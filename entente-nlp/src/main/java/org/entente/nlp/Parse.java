package org.entente.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One sentence as the coder sees it: tokens with lemma, part-of-speech tag and offsets, and the
 * arcs of an (enhanced) Universal Dependencies graph. Independent of CoreNLP, so the coder can be
 * fed by any parser. Indices are 0-based token positions; a root arc has governor -1.
 */
record Parse(List<Parse.Token> tokens, List<Parse.Arc> arcs) {

    record Token(String word, String lemma, String tag, int begin, int end) {
        String lowerLemma() {
            return lemma.toLowerCase(Locale.ROOT);
        }
    }

    record Arc(int governor, String relation, int dependent) {
        /** The relation without its case marker: "obl" for "obl:to". */
        String base() {
            int colon = relation.indexOf(':');
            return colon < 0 ? relation : relation.substring(0, colon);
        }

        /** The case marker of an enhanced relation ("to" for "obl:to"), or "". */
        String marker() {
            int colon = relation.indexOf(':');
            return colon < 0 ? "" : relation.substring(colon + 1);
        }
    }

    Parse {
        tokens = List.copyOf(tokens);
        arcs = List.copyOf(arcs);
    }

    List<String> words() {
        return tokens.stream().map(Token::word).toList();
    }

    List<Arc> children(int governor) {
        List<Arc> children = new ArrayList<>();
        for (Arc arc : arcs) {
            if (arc.governor() == governor) {
                children.add(arc);
            }
        }
        return children;
    }

    List<Arc> heads(int dependent) {
        List<Arc> heads = new ArrayList<>();
        for (Arc arc : arcs) {
            if (arc.dependent() == dependent && arc.governor() >= 0) {
                heads.add(arc);
            }
        }
        return heads;
    }

    String lemma(int token) {
        return tokens.get(token).lowerLemma();
    }
}
