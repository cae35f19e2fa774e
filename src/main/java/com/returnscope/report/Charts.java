package com.returnscope.report;

import java.util.List;

import javax.xml.namespace.QName;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;

/**
 * Native Excel charts drawn from tables on the same sheet. Every series has an explicit
 * fill and line: without them LibreOffice draws the bars invisible.
 */
final class Charts {

	/** One colour per category, in the order of the Category enum. */
	static final List<byte[]> PALETTE = List.of(ReportStyles.BLUE, rgb(0xC0, 0x50, 0x4D), rgb(0xED, 0x9B, 0x33),
			rgb(0x95, 0x95, 0x95), rgb(0x4E, 0x9A, 0x6E));

	/** Where a chart sits: its top left and bottom right cells. */
	record Place(int column, int row, int toColumn, int toRow) {
	}

	private Charts() {
	}

	/**
	 * Horizontal bars: one per row of the table, labels in {@code labels}, values in
	 * {@code values} (column indexes), rows {@code first} to {@code last}.
	 */
	static void bars(XSSFSheet sheet, Place place, String title, int first, int last, int labels, int values) {
		XSSFChart chart = chart(sheet, place, title);
		XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
		XDDFValueAxis counts = chart.createValueAxis(AxisPosition.BOTTOM);
		counts.setCrosses(AxisCrosses.AUTO_ZERO);
		counts.setCrossBetween(AxisCrossBetween.BETWEEN);
		// the first row at the top, as in the table
		categories.setOrientation(org.apache.poi.xddf.usermodel.chart.AxisOrientation.MAX_MIN);
		XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, counts);
		data.setBarDirection(BarDirection.BAR);
		data.setVaryColors(false);
		XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(text(sheet, first, last, labels),
				numbers(sheet, first, last, values));
		series.setTitle(sheet.getRow(first - 1).getCell(values).getStringCellValue(), null);
		series.setShapeProperties(fill(ReportStyles.BLUE));
		chart.plot(data);
	}

	/**
	 * Stacked columns, one series per column from {@code firstSeries} to
	 * {@code lastSeries}, with a line for column {@code line} on a second axis at the
	 * right (a rate, in percent).
	 */
	static void stackedWithLine(XSSFSheet sheet, Place place, String title, int first, int last, int labels,
			int firstSeries, int lastSeries, int line) {
		XSSFChart chart = chart(sheet, place, title);
		XDDFChartLegend legend = chart.getOrAddLegend();
		legend.setPosition(LegendPosition.BOTTOM);
		XDDFCategoryAxis months = chart.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis counts = chart.createValueAxis(AxisPosition.LEFT);
		counts.setCrosses(AxisCrosses.AUTO_ZERO);
		counts.setCrossBetween(AxisCrossBetween.BETWEEN);
		XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, months, counts);
		bars.setBarDirection(BarDirection.COL);
		bars.setBarGrouping(BarGrouping.STACKED);
		bars.setVaryColors(false);
		XDDFDataSource<String> categories = text(sheet, first, last, labels);
		for (int column = firstSeries; column <= lastSeries; column++) {
			XDDFBarChartData.Series series = (XDDFBarChartData.Series) bars.addSeries(categories,
					numbers(sheet, first, last, column));
			series.setTitle(sheet.getRow(first - 1).getCell(column).getStringCellValue(), null);
			series.setShapeProperties(fill(PALETTE.get((column - firstSeries) % PALETTE.size())));
		}
		chart.plot(bars);
		overlapFully(chart);

		XDDFCategoryAxis hidden = chart.createCategoryAxis(AxisPosition.BOTTOM);
		hidden.setVisible(false);
		XDDFValueAxis rates = chart.createValueAxis(AxisPosition.RIGHT);
		rates.setCrosses(AxisCrosses.MAX);
		rates.setNumberFormat("0%");
		hidden.crossAxis(rates);
		rates.crossAxis(hidden);
		XDDFLineChartData lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, hidden, rates);
		lines.setVaryColors(false);
		XDDFLineChartData.Series rate = (XDDFLineChartData.Series) lines.addSeries(categories,
				numbers(sheet, first, last, line));
		rate.setTitle(sheet.getRow(first - 1).getCell(line).getStringCellValue(), null);
		rate.setSmooth(false);
		rate.setMarkerStyle(MarkerStyle.CIRCLE);
		XDDFShapeProperties stroke = new XDDFShapeProperties();
		XDDFLineProperties black = new XDDFLineProperties(solid(rgb(0x20, 0x20, 0x20)));
		black.setWidth(2.25);
		stroke.setLineProperties(black);
		rate.setShapeProperties(stroke);
		chart.plot(lines);
	}

	/**
	 * Stacked columns must overlap fully, or Excel draws them side by side. Set through
	 * the XML: the schema type of the setter is not in POI's lite schemas.
	 */
	private static void overlapFully(XSSFChart chart) {
		CTBarChart bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
		XmlObject overlap = bar.isSetOverlap() ? bar.getOverlap() : bar.addNewOverlap();
		try (XmlCursor cursor = overlap.newCursor()) {
			cursor.setAttributeText(new QName("val"), "100");
		}
	}

	private static XSSFChart chart(XSSFSheet sheet, Place place, String title) {
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, place.column(), place.row(), place.toColumn(),
				place.toRow());
		XSSFChart chart = drawing.createChart(anchor);
		chart.setTitleText(title);
		chart.setTitleOverlay(false);
		// an empty cell (a month without orders has no rate) is a gap, not a zero
		try (XmlCursor cursor = chart.getCTChart().addNewDispBlanksAs().newCursor()) {
			cursor.setAttributeText(new QName("val"), "gap");
		}
		return chart;
	}

	private static XDDFDataSource<String> text(XSSFSheet sheet, int first, int last, int column) {
		return XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, column, column));
	}

	private static XDDFNumericalDataSource<Double> numbers(XSSFSheet sheet, int first, int last, int column) {
		return XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, column, column));
	}

	private static XDDFShapeProperties fill(byte[] rgb) {
		XDDFShapeProperties properties = new XDDFShapeProperties();
		properties.setFillProperties(solid(rgb));
		properties.setLineProperties(new XDDFLineProperties(solid(rgb)));
		return properties;
	}

	private static XDDFSolidFillProperties solid(byte[] rgb) {
		return new XDDFSolidFillProperties(XDDFColor.from(rgb));
	}

	private static byte[] rgb(int red, int green, int blue) {
		return new byte[] { (byte) red, (byte) green, (byte) blue };
	}

}
