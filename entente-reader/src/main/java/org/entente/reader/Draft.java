package org.entente.reader;

import org.entente.core.BlockKind;

/** A block's kind and joined text before its footnote markers are taken out. */
record Draft(BlockKind kind, String text) {}
