package dev.longshot.memory.train;

import java.util.Map;
import java.util.Optional;

/**
 * The {@code longshot-plan/2} contract id (DESIGN.md lists them) that a finer catalog id
 * stands for when a labelled set, written against the contract's lists, is scored. The plan
 * may name what was said more exactly than the contract ({@code junk}, {@code porter}); the
 * label names the contract entry it is a kind of ({@code sailboat}, {@code person}), as the
 * set's README does for 木帆船 and 挑夫. Both are right. Only kinds of a contract entry are
 * listed, and the contract's nearest stand-in where it has no general entry (any tree is
 * labelled {@code pine}, any two-wheeler {@code bicycle}); ids with no such entry (a column,
 * a well) stay as they are.
 */
final class ContractIds {
    private ContractIds() {}

    private static final Map<String, String> KIND_OF = Map.ofEntries(
            // People in a role are people.
            Map.entry("farmer", "person"), Map.entry("fisherman", "person"),
            Map.entry("merchant", "person"), Map.entry("monk", "person"),
            Map.entry("porter", "person"), Map.entry("scholar", "person"),
            // Birds the contract does not list are birds; a panda is a bear; a donkey an equid.
            Map.entry("crane", "bird"), Map.entry("parrot", "bird"),
            Map.entry("peacock", "bird"), Map.entry("penguin", "bird"),
            Map.entry("chicken", "bird"), Map.entry("panda", "bear"),
            Map.entry("donkey", "horse"),
            // A junk is a sailing boat; a shop a house; any tree, any two-wheeler.
            Map.entry("junk", "sailboat"), Map.entry("shopfront", "house"),
            Map.entry("tree", "pine"), Map.entry("motorcycle", "bicycle"),
            // A steam train is a train.
            Map.entry("steam-train", "train"));

    /** The contract id {@code id} is a kind of, when it is not one itself. */
    static Optional<String> of(String id) {
        return Optional.ofNullable(KIND_OF.get(id));
    }
}
