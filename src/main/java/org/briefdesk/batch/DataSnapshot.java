package org.briefdesk.batch;

/**
 * The facts a pack was made of, as a manifest records them: the snapshot the library stores
 * for the export (`briefing history`, `briefing diff`), by its id and hash.
 *
 * @param id how the manifest names the snapshot
 * @param sha256 the SHA-256 of the facts (hex): the same facts give the same hash
 */
public record DataSnapshot(String id, String sha256) {
}
