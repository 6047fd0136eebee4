package org.briefdesk.briefing.history;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.briefdesk.briefing.BriefingContents;
import org.briefdesk.briefing.BriefingEntries;
import org.briefdesk.facts.Fact;
import org.briefdesk.facts.FactFormat;

/**
 * The facts a pack was made from, frozen: one JSON document holding the briefing (its own
 * text, programme, panel and the ids it refers to), its event, the co-chairs the pack names,
 * and every person, organisation, priority set, figure and quote it drew on, each written in
 * the keys of the library's data files ({@link FactFormat}, {@link BriefingEntries}). The JSON
 * is canonical: object keys sorted, lists in their own order, no white space, numbers plain,
 * UTF-8; so the same facts give the same bytes, hence the same SHA-256 and the same id, on
 * every machine. Timestamps of the briefing (created, updated) are left out: editing a
 * briefing back to what it was gives back the same snapshot.
 *
 * @param id the first 12 hex digits of {@code sha256}
 * @param sha256 the SHA-256 of the JSON's UTF-8 bytes
 * @param json the canonical JSON
 */
public record FactSnapshot(String id, String sha256, String json) {

	/** The version of the document's layout; a later one adds keys, and the diff reads both. */
	static final int FORMAT = 1;

	/** How many hex digits of the hash make a snapshot's id. */
	static final int ID_LENGTH = 12;

	private static final ObjectMapper CANONICAL = new ObjectMapper()
		.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
		.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

	/**
	 * The snapshot of a briefing and its facts.
	 * @param contents the briefing and the facts it refers to, as the pack was made from them
	 * @param coChairIds the organisations the pack names as co-chairs, in its order
	 */
	public static FactSnapshot of(BriefingContents contents, List<String> coChairIds) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("format", FORMAT);
		document.put("briefing", BriefingEntries.write(contents.briefing()));
		document.put("event", FactFormat.EVENT.write(contents.event()));
		document.put("co-chairs", List.copyOf(coChairIds));
		if (contents.prioritySet() != null) {
			document.put("priority-set", FactFormat.PRIORITY_SET.write(contents.prioritySet()));
		}
		document.put("people", written(contents.people(), FactFormat.PERSON::write));
		document.put("organisations", written(contents.organisations(), FactFormat.ORGANISATION::write));
		// A figure's link to its newer edition (superseded-by), once statistics have one, is
		// written here by FactFormat.STATISTIC like every other key; SnapshotDiffer reads it.
		document.put("statistics", written(contents.statistics(), FactFormat.STATISTIC::write));
		document.put("quotes", written(contents.quotes(), FactFormat.QUOTE::write));
		return of(document);
	}

	/** The snapshot of a document of plain values (maps, lists, texts, numbers, booleans). */
	static FactSnapshot of(Map<String, Object> document) {
		String json;
		try {
			json = CANONICAL.writeValueAsString(document);
		}
		catch (JsonProcessingException impossible) {
			throw new IllegalStateException("a snapshot holds only plain values", impossible);
		}
		String sha256 = sha256(json.getBytes(StandardCharsets.UTF_8));
		return new FactSnapshot(sha256.substring(0, ID_LENGTH), sha256, json);
	}

	/**
	 * A snapshot read back from the library, its hash checked against its content.
	 * @throws IllegalStateException when the content no longer has the hash it was stored with
	 */
	static FactSnapshot stored(String id, String sha256, String json) {
		String actual = sha256(json.getBytes(StandardCharsets.UTF_8));
		if (!actual.equals(sha256) || !sha256.startsWith(id)) {
			throw new IllegalStateException("snapshot " + id + " in the library does not match its SHA-256 " + sha256
					+ " (it hashes to " + actual + "); the library has been changed outside Briefdesk");
		}
		return new FactSnapshot(id, sha256, json);
	}

	public SnapshotRef ref() {
		return new SnapshotRef(this.id, this.sha256);
	}

	/** The document as plain values: maps with their keys sorted, lists, texts, big numbers, booleans. */
	public Map<String, Object> document() {
		try {
			return CANONICAL.readValue(this.json, new TypeReference<LinkedHashMap<String, Object>>() {
			});
		}
		catch (JsonProcessingException broken) {
			throw new IllegalStateException("snapshot " + this.id + " is not JSON: " + broken.getOriginalMessage(),
					broken);
		}
	}

	/** The id of the briefing the snapshot is of. */
	public String briefingId() {
		Object briefing = document().get("briefing");
		return briefing instanceof Map<?, ?> entry && entry.get("id") instanceof String id ? id : "";
	}

	/** SHA-256 as 64 lower-case hex digits. */
	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("every Java has SHA-256", impossible);
		}
	}

	private static <T extends Fact> Map<String, Object> written(Map<String, T> facts,
			Function<T, Map<String, Object>> format) {
		Map<String, Object> written = new TreeMap<>();
		facts.forEach((id, fact) -> written.put(id, format.apply(fact)));
		return written;
	}

}
