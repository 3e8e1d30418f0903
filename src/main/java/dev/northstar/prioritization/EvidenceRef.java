package dev.northstar.prioritization;

import java.util.Objects;
import java.util.UUID;

/** A reference to one piece of discovery evidence, as a feature's input names it. */
public record EvidenceRef(EvidenceKind kind, UUID refId) {

    public EvidenceRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(refId, "refId");
    }
}
