package org.briefdesk.render.docx;

import java.util.List;

import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.briefdesk.render.TemplateFields;

import com.deepoove.poi.config.Configure;
import com.deepoove.poi.config.Configure.AbortHandler;
import com.deepoove.poi.config.ConfigureBuilder;
import com.deepoove.poi.exception.RenderException;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;
import com.deepoove.poi.policy.RenderPolicy;
import com.deepoove.poi.resolver.DefaultElementTemplateFactory;
import com.deepoove.poi.template.ChartTemplate;
import com.deepoove.poi.template.PictImageTemplate;
import com.deepoove.poi.template.PictureTemplate;

/**
 * How Briefdesk sets up poi-tl, in one place: a missing field aborts the export (poi-tl's
 * default prints it blank); names are read from plain maps only, never through Spring EL;
 * a plain placeholder naming a top-level list ({@code {{programme}}}) in a table repeats the
 * table row below it, whose cells name the element's fields as {@code [time]};
 * {@code {{^note}}} and {@code {{~number}}} make the links inside a pack
 * ({@link CrossReferences}). The tags that would take pictures, tables, numbering,
 * charts or other documents from the data are switched off: a template fills text only, and
 * a picture or chart belongs in the template itself.
 */
final class PoiTlConfiguration {

	/** Signs poi-tl gives a meaning Briefdesk refuses, with the word a user knows them by. */
	static final List<Character> REFUSED_SIGNS = List.of('@', '#', '*', '+');

	static final String ROW_PREFIX = "[";

	static final String ROW_SUFFIX = "]";

	private static final List<String> LIST_FIELDS = TemplateFields.topLevelLists();

	private PoiTlConfiguration() {
	}

	/**
	 * A chart whose title or alt text is a tag would take its data from the pack, which a
	 * Briefdesk template may not do; it is refused while the template is read, before poi-tl
	 * looks into the chart (poi-tl 1.12.2 cannot read a bar-of-pie or pie-of-pie chart with the
	 * POI Briefdesk uses). A chart without a tag is kept as drawn, untouched.
	 */
	static final class ChartsAsDrawn extends DefaultElementTemplateFactory {

		@Override
		public ChartTemplate createChartTemplate(Configure config, String tag, XWPFChart chart, XWPFRun run) {
			throw new ChartTagRefused("a chart has the tag " + tag + " as its title or alt text; a template fills"
					+ " text only and keeps its charts as drawn: remove the tag from the chart's title and alt text");
		}

	}

	/** Thrown while reading a template, for {@link ChartsAsDrawn}. */
	static final class ChartTagRefused extends RuntimeException {

		ChartTagRefused(String message) {
			super(message, null, false, false);
		}

	}

	static Configure create(CrossReferences references) {
		RenderPolicy refused = (element, data, template) -> {
			throw new RenderException(element.getSource() + " takes pictures, tables, numbering or documents "
					+ "from the data, which Briefdesk templates do not allow");
		};
		ConfigureBuilder builder = Configure.builder()
			.setValidErrorHandler(new AbortHandler())
			.setElementTemplateFactory(new ChartsAsDrawn())
			.setRenderDataComputeFactory(PlainDataCompute.FACTORY)
			.addPlugin(CrossReferences.LINK, references.links())
			.addPlugin(CrossReferences.TARGET, references.targets())
			.addPlugin(PictureTemplate.class, refused)
			.addPlugin(PictImageTemplate.class, refused)
			.addPlugin(ChartTemplate.class, refused);
		for (char sign : REFUSED_SIGNS) {
			builder.addPlugin(sign, refused);
		}
		for (ChartTypes chart : ChartTypes.values()) {
			builder.addPlugin(chart, refused);
		}
		RenderPolicy rowLoop = new LoopRowTableRenderPolicy(ROW_PREFIX, ROW_SUFFIX);
		for (String list : LIST_FIELDS) {
			builder.bind(list, rowLoop);
		}
		return builder.build();
	}

}
