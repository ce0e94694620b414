package org.entente.store;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.entente.core.RelationKind;

/**
 * The mappings the store's event import and network apply, for engines outside the database (the
 * Spark GDELT job) that must apply the very same ones. CAMEO roots map to kinds through {@link
 * RelationKind#ofCameoRoot}.
 */
public final class EventCodes {
    /**
     * Kinds that make two actors belligerents in a window: between them, the kinds of {@link
     * #MANAGEMENT} do not count toward the tie's weight.
     */
    public static final Set<RelationKind> ARMED = Collections.unmodifiableSet(
            EnumSet.of(RelationKind.FIGHT, RelationKind.ASSAULT, RelationKind.MASS_VIOLENCE));

    /** Kinds that, between belligerents, manage their conflict rather than align them. */
    public static final Set<RelationKind> MANAGEMENT = Collections.unmodifiableSet(EnumSet.of(
            RelationKind.APPEAL,
            RelationKind.INTENT_TO_COOPERATE,
            RelationKind.CONSULT,
            RelationKind.DIPLOMATIC_COOPERATION,
            RelationKind.YIELD));

    /** The confidence of an assertion imported from GDELT. */
    public static final double GDELT_CONFIDENCE = 0.5;

    private EventCodes() {}

    /** Every country code an import reads as a state (ISO alpha-3, and CAMEO's own), to the ISO code. */
    public static Map<String, String> stateCodes() {
        return Collections.unmodifiableMap(StateCodes.codes());
    }

    /** The English name of every state, by ISO alpha-3 code. */
    public static Map<String, String> stateNames() {
        return Collections.unmodifiableMap(StateCodes.names());
    }
}
