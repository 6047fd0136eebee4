package org.briefdesk.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.briefdesk.render.PackModel;

import java.nio.charset.StandardCharsets;

/**
 * The data snapshot a batch export used, as its manifest records it: what the pack said,
 * hashed, so that a later run can tell whether the facts behind a published pack changed.
 * The hash is the SHA-256 of the pack model as canonical JSON (keys in name order, no
 * whitespace), leaving out the date it was generated on, which is the run's and not the
 * facts'. The one place that decides it, so that the library's own snapshots can take over.
 */
final class PackSnapshots {

	private static final ObjectMapper CANONICAL = JsonMapper.builder()
		.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.build();

	private PackSnapshots() {
	}

	/** The snapshot of the facts of a pack: its id is the briefing and the hash's first twelve digits. */
	static DataSnapshot of(PackModel model) {
		ObjectNode tree = CANONICAL.valueToTree(model);
		tree.remove("generatedOn");
		tree.remove("generatedOnIso");
		try {
			String sha256 = BatchJobReader.sha256(CANONICAL.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8));
			return new DataSnapshot(model.briefingId() + "@" + sha256.substring(0, 12), sha256);
		}
		catch (JsonProcessingException impossible) {
			throw new IllegalStateException("cannot write a pack model as JSON", impossible);
		}
	}

}
