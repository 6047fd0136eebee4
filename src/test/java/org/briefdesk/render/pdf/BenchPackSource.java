package org.briefdesk.render.pdf;

import org.briefdesk.render.PackModel;
import org.briefdesk.render.PackModelSource;
import org.briefdesk.render.SamplePacks;
import org.briefdesk.system.NotFoundException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * For {@code bench/pdf.sh} only: serves the sample packs as briefings, so that a one-shot
 * {@code export pdf} can be timed end to end before the briefing feature exists. Off unless
 * {@code BRIEFDESK_BENCH_SAMPLE_PACKS=true}; it lives in the test classes, never in the jar.
 */
@Component
@ConditionalOnProperty(name = "briefdesk.bench.sample-packs", havingValue = "true")
class BenchPackSource implements PackModelSource {

	@Override
	public PackModel forBriefing(String briefingId) {
		return switch (briefingId) {
			case "vienna-2023-briefing" -> SamplePacks.vienna2023();
			case "many-scripts" -> SamplePacks.manyScripts();
			case "bench-ten-pages" -> BenchPacks.tenPages(false);
			default -> throw new NotFoundException("no sample pack '" + briefingId + "'");
		};
	}

}
