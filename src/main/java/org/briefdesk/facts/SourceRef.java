package org.briefdesk.facts;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The publication a statistic or a quote comes from, as the fact names it. Two facts cite the
 * same source when their {@link #identity() identities} are equal, so a pack lists it once
 * however many figures and quotes point at it.
 *
 * @param title the publication's title ("Briefing on the Inter-Agency Coordination Group…"), if named
 * @param publisher who published it ("UNODC"), if named
 * @param date when it was published, as far as known
 * @param url where to read it
 */
public record SourceRef(String title, String publisher, PartialDate date, String url) {

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Pattern URL_SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*://(www\\.)?");

	public SourceRef {
		title = clean(title);
		publisher = clean(publisher);
		url = clean(url);
	}

	/** True when the fact names no source at all. */
	public boolean isEmpty() {
		return this.title.isEmpty() && this.publisher.isEmpty() && this.url.isEmpty();
	}

	/**
	 * What makes two references one source: the web address when there is one (without its
	 * scheme, "www.", case, a trailing slash or a fragment), else the publisher, title and
	 * date folded (case, accents, punctuation and typographic quotes do not count). Empty when
	 * there is no source.
	 */
	public String identity() {
		if (!this.url.isEmpty()) {
			return "url " + normalisedUrl(this.url);
		}
		if (isEmpty()) {
			return "";
		}
		return "cite " + folded(this.publisher) + "|" + folded(this.title) + "|"
				+ (this.date == null ? "" : this.date.toString());
	}

	/** "UNODC, “Briefing on the Inter-Agency…”, 3 October 2023": publisher, title, date, the parts there are. */
	public String citation() {
		if (this.title.isEmpty() && this.publisher.isEmpty()) {
			return "";
		}
		String quotedTitle = this.title.isEmpty() ? "" : "“" + this.title + "”";
		String when = this.date == null ? "" : this.date.toDisplayString();
		return Stream.of(this.publisher, quotedTitle, when).filter(p -> !p.isEmpty()).collect(Collectors.joining(", "));
	}

	/** "UNODC, Global Report on Trafficking in Persons": who and what, without the date. */
	public String shortCitation() {
		return Stream.of(this.publisher, this.title).filter(p -> !p.isEmpty()).collect(Collectors.joining(", "));
	}

	/** The url as {@link #identity()} compares it. */
	public static String normalisedUrl(String url) {
		String kept = clean(url).toLowerCase(Locale.ROOT);
		int fragment = kept.indexOf('#');
		if (fragment >= 0) {
			kept = kept.substring(0, fragment);
		}
		kept = URL_SCHEME.matcher(kept).replaceFirst("");
		while (kept.endsWith("/")) {
			kept = kept.substring(0, kept.length() - 1);
		}
		return kept;
	}

	/** Lower case, no accents, every run of punctuation and spaces one space: how titles and publishers compare. */
	public static String folded(String text) {
		return NOT_WORD.matcher(TextFolding.fold(text)).replaceAll(" ").strip();
	}

	private static String clean(String text) {
		return Objects.requireNonNullElse(text, "").strip();
	}

}
