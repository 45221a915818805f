package uk.bestvalue.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import uk.bestvalue.assessment.Action;
import uk.bestvalue.framework.Criterion;
import uk.bestvalue.framework.ScaleLevel;

/**
 * The report as a Word document laid out as councils use it: A4 with margins, the council and the
 * meeting in the page header and "Page n of m" fields in the footer; real headings (Heading 1 to 4,
 * so the navigation pane and a table of contents work); real numbered lists for the 1.1-style
 * paragraphs and bullets; tables with grids, fixed column widths, header rows repeated on every
 * page and rows kept whole. Written with Apache POI. Zip entry times and document dates come from
 * the assessment, so the same data gives the same bytes.
 */
final class ReportDocx {
    /** A4 in twentieths of a point, with margins of 18 mm at the sides and 20 mm at top and bottom. */
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int SIDE_MARGIN = 1020;
    private static final int TOP_MARGIN = 1134;
    static final int TEXT_WIDTH = PAGE_WIDTH - 2 * SIDE_MARGIN;

    private final XWPFDocument doc = new XWPFDocument();
    private final CommitteeReport report;
    private XWPFNumbering numbering;
    private BigInteger bullets;

    private ReportDocx(CommitteeReport report) {
        this.report = report;
    }

    static byte[] render(CommitteeReport report, LocalDateTime asAt) {
        ReportDocx writer = new ReportDocx(report);
        try (XWPFDocument doc = writer.doc) {
            writer.styles();
            writer.page();
            var core = doc.getProperties().getCoreProperties();
            core.setTitle(ReportText.clean(report.draft().title()));
            core.setCreator(ReportText.clean(report.authorityName()));
            Date when = Date.from(asAt.toInstant(ZoneOffset.UTC));
            core.setCreated(Optional.of(when));
            core.setModified(Optional.of(when));
            writer.cover();
            writer.body();
            writer.appendix();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return fixEntryTimes(out.toByteArray(), asAt);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the report as Word: " + e.getMessage(), e);
        }
    }

    private void styles() throws IOException {
        try (InputStream in = ReportDocx.class.getResourceAsStream("/report/styles.xml")) {
            CTStyles styles = StylesDocument.Factory.parse(in).getStyles();
            doc.createStyles().setStyles(styles);
        } catch (XmlException e) {
            throw new IllegalStateException("The report styles are not valid", e);
        }
    }

    private void cover() {
        ReportDraft d = report.draft();
        if (report.exampleNotice() != null) {
            XWPFParagraph notice = doc.createParagraph();
            XWPFRun mark = notice.createRun();
            mark.setBold(true);
            mark.setColor("D4351C");
            mark.setText("EXAMPLE");
            notice.createRun().setText(" \u2013 " + report.exampleNotice());
        }
        if (report.isDraft()) {
            XWPFParagraph notice = doc.createParagraph();
            XWPFRun mark = notice.createRun();
            mark.setBold(true);
            mark.setColor("D4351C");
            mark.setText("DRAFT");
            notice.createRun().setText(" \u2013 this report is not ready to issue.");
            for (Readiness.Check c : report.readiness().missing()) {
                bullet(c.name() + ": " + c.detail());
            }
        }
        XWPFTable meeting = table(3);
        XWPFTableRow top = meeting.getRow(0);
        text(top.getCell(0), d.committee(), true);
        text(top.getCell(1), meetingDate(d), true);
        text(top.getCell(2), d.statusLabel(), true);
        widths(meeting, 40, 30, 30);
        styled("Title", d.title());
        XWPFTable table = table(2);
        row(table, "Report author(s)", d.authors());
        row(table, "Purpose of report", d.purpose());
        row(table, "Report summary", d.summary());
        row(table, "Recommendation(s)", d.recommendations());
        row(table, "Contact(s)", orNone(String.join("\n", d.contacts().stream().map(c -> join(c.name(), bracket(c.role()), c.phone(), c.email())).toList())));
        row(table, "Strategic objectives", orNone(String.join("; ", report.objectiveLabels())));
        String vision = report.settings().vision() == null ? "" : "\"" + report.settings().vision() + "\" (Vision)\n";
        row(table, "Vision and values", orNone(vision + String.join("; ", report.valueLabels())));
        group(table, "Report implications");
        row(table, "Legal", d.implications().legal());
        row(table, "Financial", d.implications().financial());
        row(table, "Corporate risk management", orNone(String.join("; ", report.riskLabels()))
                + (d.implications().riskNote() == null ? "" : "\n" + d.implications().riskNote()));
        row(table, "Equalities and equalities assessment (EA)", join(d.implications().equalities(), d.implications().equalityAssessment()));
        row(table, "Human rights", d.implications().humanRights());
        row(table, "Health and safety", d.implications().healthAndSafety());
        group(table, "Statutory officers' comments");
        for (ReportDraft.OfficerComment c : d.officerComments()) {
            String comment = c.comment() == null || c.comment().isBlank() ? "Outstanding: no comment has been recorded."
                    : c.comment() + (c.date() == null || c.date().isBlank() ? "" : " (" + uk.bestvalue.web.Format.date(LocalDate.parse(c.date())) + ")");
            row(table, c.role(), comment);
        }
        row(table, "Consultees", d.consultees());
        row(table, "Background papers", orNone(String.join("\n", d.backgroundPapers().stream()
                .map(p -> p.link() == null || p.link().isBlank() ? p.title() : p.title() + " (" + p.link() + ")").toList())));
        row(table, "Appendices", "1. Self-assessment against the Best Value Standards " + report.view().assessment().period());
        widths(table, 32, 68);
    }

    private void body() {
        styled("Heading1", "1. Introduction and Methodology");
        numbered("1", report.introduction());
        String future = "2";
        if (report.isUpdate()) {
            future = "3";
            styled("Heading1", "2. Changes since the last assessment");
            var years = report.years();
            BigInteger changes = sectionNumbering("2");
            numbered(changes, "Compared with the self-assessment for " + years.previous().period() + ":");
            XWPFTable table = table(4);
            header(table, "Theme", years.previous().period().value(), report.view().assessment().period().value(), "Change");
            for (var t : years.themes()) {
                cells(table.createRow(), t.themeName(), t.then() == null ? "Not scored" : t.then().label(),
                        t.now() == null ? "Not scored" : t.now().label(), t.direction().label());
            }
            widths(table, 40, 20, 20, 20);
            numbered(changes, "Actions: " + years.completed().size() + " completed, " + years.opened().size() + " new this year, "
                    + years.carried().size() + " carried over from last year.");
        }
        styled("Heading1", future + ". Future Activities");
        numbered(future, report.futureActivities());
    }

    private void appendix() {
        var a = report.view().assessment();
        XWPFParagraph title = doc.createParagraph();
        title.setStyle("Heading1");
        title.setPageBreak(true);
        title.createRun().setText(ReportText.clean("Appendix 1: Self-assessment against the Best Value Standards " + a.period()));
        paragraph(report.authorityName() + ". Framework: " + report.view().version().frameworkName() + ", " + report.view().version().name()
                + ". Scale: " + report.view().scale().name() + ".", false);
        if (report.view().version().notice() != null) {
            paragraph(report.view().version().notice(), false);
        }
        XWPFTable scale = table(2);
        header(scale, "Score", "Definition");
        for (ScaleLevel level : report.levels()) {
            XWPFTableRow row = scale.createRow();
            levelCell(row.getCell(0), level);
            text(row.getCell(1), level.definition(), false);
        }
        widths(scale, 22, 78);
        for (CommitteeReport.ThemeSection s : report.themes()) {
            styled("Heading2", s.theme().name());
            paragraph(s.theme().description(), false);
            XWPFTable score = table(2);
            XWPFTableRow row = score.getRow(0);
            text(row.getCell(0), "Score", true);
            if (s.level() == null) {
                text(row.getCell(1), "Not scored", false);
            } else {
                levelCell(row.getCell(1), s.level());
            }
            if (s.hasChange()) {
                XWPFTableRow then = score.createRow();
                text(then.getCell(0), report.years().previous().period().value(), true);
                if (s.change().then() == null) {
                    text(then.getCell(1), "Not scored", false);
                } else {
                    levelCell(then.getCell(1), s.change().then());
                }
                XWPFTableRow change = score.createRow();
                text(change.getCell(0), "Change", true);
                text(change.getCell(1), s.change().direction().label(), false);
                if (s.hasChangeReason()) {
                    XWPFTableRow why = score.createRow();
                    text(why.getCell(0), "Why the score changed", true);
                    text(why.getCell(1), s.changeReason(), false);
                }
            }
            widths(score, 22, 78);
            if (s.narrative() != null) {
                paragraph(s.narrative(), false);
            }
            styled("Heading3", "Evidence");
            if (s.supporting().isEmpty() && s.negating().isEmpty() && s.concerns().isEmpty()) {
                paragraph("No evidence recorded.", false);
            }
            evidence("Supporting characteristics of a well-functioning authority", s.supporting());
            evidence("Negating indicators of potential failure", s.negating());
            evidence("Concerns: indicators of potential failure shown", s.concerns());
            styled("Heading3", "Follow-on actions");
            if (s.actions().isEmpty()) {
                paragraph("No follow-on actions.", false);
            } else {
                XWPFTable actions = table(4);
                header(actions, "Action", "Owner", "Due", "Status");
                for (Action x : s.actions()) {
                    cells(actions.createRow(), x.description(), x.owner(), uk.bestvalue.web.Format.date(x.dueDate()), x.status().label());
                }
                widths(actions, 46, 24, 15, 15);
            }
        }
        if (report.isUpdate()) {
            styled("Heading2", "Actions completed since the last report");
            if (report.completedSinceLastReport().isEmpty()) {
                paragraph("No actions were completed since the last report.", false);
            } else {
                XWPFTable done = table(3);
                header(done, "Action", "Owner", "Final progress note");
                for (CommitteeReport.Completed c : report.completedSinceLastReport()) {
                    cells(done.createRow(), c.action().description(), c.action().owner(), c.finalNote() == null ? "No progress note recorded."
                            : c.finalNote().note() + " (" + uk.bestvalue.web.Format.date(c.finalNote().date()) + ")");
                }
                widths(done, 38, 20, 42);
            }
        }
        if (report.hasCriterionScores()) {
            styled("Heading2", "Heat map of criteria");
            XWPFTable heat = table(3);
            header(heat, "Theme", "Criterion", "Score");
            for (CommitteeReport.ThemeSection s : report.themes()) {
                for (Criterion c : s.theme().criteria()) {
                    XWPFTableRow row = heat.createRow();
                    text(row.getCell(0), s.theme().name(), false);
                    text(row.getCell(1), c.code() + " " + c.title(), false);
                    ScaleLevel level = report.criterionLevel(c);
                    if (level == null) {
                        text(row.getCell(2), "Not scored", false);
                    } else {
                        levelCell(row.getCell(2), level);
                    }
                }
            }
            widths(heat, 25, 55, 20);
        }
    }

    private void evidence(String heading, List<CommitteeReport.Item> items) {
        if (items.isEmpty()) {
            return;
        }
        styled("Heading4", heading);
        for (CommitteeReport.Item item : items) {
            String description = item.evidence().item().description();
            bullet(item.evidence().item().title() + " (" + item.codes() + ")"
                    + (description == null || description.isBlank() ? "" : "\n" + description)
                    + (item.details().isEmpty() ? "" : "\n" + item.details()));
            if (!item.figures().isEmpty()) {
                XWPFTable table = table(5);
                header(table, "Measure", "Council", "Median", "Middle half (quartiles)", "Rank");
                for (EvidenceFigure f : item.figures()) {
                    cells(table.createRow(), f.metricTitle() + ", " + f.period(), f.valueText(), f.medianText(), f.quartilesText(),
                            f.rankText() + " (" + f.groupLabel() + ")");
                }
                widths(table, 30, 14, 14, 22, 20);
                for (EvidenceFigure f : item.figures()) {
                    XWPFParagraph source = doc.createParagraph();
                    XWPFRun run = source.createRun();
                    run.setFontSize(9);
                    run.setColor("505A5F");
                    run.setText(ReportText.clean("Source of " + f.metricTitle() + ": " + f.sourceText()));
                }
            }
        }
    }

    private void numbered(String section, List<Blocks.Block> blocks) {
        BigInteger list = sectionNumbering(section);
        for (Blocks.Block block : blocks) {
            if (block.list()) {
                block.items().forEach(this::bullet);
            } else {
                numbered(list, block.text());
            }
        }
    }

    /** A paragraph numbered by Word ("1.1", "1.2" …), not a typed number. */
    private void numbered(BigInteger list, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(list);
        p.setNumILvl(BigInteger.ZERO);
        lines(p.createRun(), text);
    }

    private void bullet(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("ListBullet");
        p.setNumID(bullets);
        p.setNumILvl(BigInteger.ZERO);
        lines(p.createRun(), text);
    }

    /** A numbering list for section {@code section}: its paragraphs are numbered section.1, section.2 … */
    private BigInteger sectionNumbering(String section) {
        return list(STNumberFormat.DECIMAL, section + ".%1", 720, 720);
    }

    private BigInteger list(STNumberFormat.Enum format, String text, int left, int hanging) {
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size()));
        CTLvl level = definition.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(text);
        level.addNewLvlJc().setVal(STJc.LEFT);
        CTInd indent = level.addNewPPr().addNewInd();
        indent.setLeft(BigInteger.valueOf(left));
        indent.setHanging(BigInteger.valueOf(hanging));
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
        return numbering.addNum(abstractId);
    }

    /** A4 portrait with margins; the council and the meeting in the header; "Page n of m" in the footer. */
    private void page() {
        numbering = doc.createNumbering();
        bullets = list(STNumberFormat.BULLET, "\u2022", 1080, 360);
        CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(TOP_MARGIN));
        margins.setBottom(BigInteger.valueOf(TOP_MARGIN));
        margins.setLeft(BigInteger.valueOf(SIDE_MARGIN));
        margins.setRight(BigInteger.valueOf(SIDE_MARGIN));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
        margins.setGutter(BigInteger.ZERO);

        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        if (report.isDraft()) {
            XWPFParagraph draft = header.createParagraph();
            draft.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
            XWPFRun mark = draft.createRun();
            mark.setBold(true);
            mark.setFontSize(14);
            mark.setColor("D4351C");
            mark.setText("DRAFT \u2013 not ready to issue");
        }
        XWPFParagraph top = header.createParagraph();
        XWPFRun heading = top.createRun();
        heading.setFontSize(9);
        heading.setColor("505A5F");
        heading.setText(ReportText.clean(report.authorityName() + " \u2013 " + report.draft().committee() + ", " + meetingDate(report.draft())));

        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph bottom = footer.createParagraph();
        bottom.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
        small(bottom, "Page ");
        field(bottom, "PAGE");
        small(bottom, " of ");
        field(bottom, "NUMPAGES");
    }

    private static void small(XWPFParagraph p, String text) {
        XWPFRun run = p.createRun();
        run.setFontSize(9);
        run.setText(text);
    }

    /** A Word field (PAGE, NUMPAGES) that Word and LibreOffice fill in on every page. */
    private static void field(XWPFParagraph p, String instruction) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun code = p.createRun();
        code.setFontSize(9);
        code.getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        small(p, "1");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private void styled(String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.createRun().setText(ReportText.clean(text));
    }

    private void paragraph(String text, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun run = p.createRun();
        run.setBold(bold);
        lines(run, text);
    }

    private XWPFTable table(int columns) {
        XWPFTable table = doc.createTable(1, columns);
        table.setStyleID("TableGrid");
        // Borders given directly as well as by the style: not every word processor applies table styles.
        table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "505A5F");
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "505A5F");
        table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "505A5F");
        table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "505A5F");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "505A5F");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "505A5F");
        table.setCellMargins(50, 100, 50, 100);
        return table;
    }

    /**
     * Fixed column widths, as percentages of the text width, on the grid and on every cell (Word
     * reads the cells, LibreOffice the grid); every row is kept on one page.
     */
    private static void widths(XWPFTable table, int... percents) {
        int[] twips = new int[percents.length];
        for (int i = 0; i < percents.length; i++) {
            twips[i] = TEXT_WIDTH * percents[i] / 100;
        }
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(TEXT_WIDTH));
        var properties = table.getCTTbl().getTblPr();
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : twips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (XWPFTableRow row : table.getRows()) {
            row.setCantSplitRow(true);
            int column = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                int span = tcPr.isSetGridSpan() ? tcPr.getGridSpan().getVal().intValue() : 1;
                int width = 0;
                for (int i = column; i < Math.min(column + span, twips.length); i++) {
                    width += twips[i];
                }
                cell.setWidthType(TableWidthType.DXA);
                cell.setWidth(String.valueOf(width));
                column += span;
            }
        }
    }

    /** A row across the whole cover table that names a group of the rows below it. */
    private void group(XWPFTable table, String label) {
        XWPFTableRow row = table.createRow();
        row.removeCell(1);
        XWPFTableCell cell = row.getCell(0);
        var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        tcPr.addNewGridSpan().setVal(BigInteger.valueOf(2));
        cell.setColor("F3F2F1");
        text(cell, label, true);
    }

    private void row(XWPFTable table, String label, String value) {
        XWPFTableRow row = table.getRows().size() == 1 && table.getRow(0).getCell(0).getText().isEmpty() ? table.getRow(0) : table.createRow();
        text(row.getCell(0), label, true);
        text(row.getCell(1), value == null ? "" : value, false);
    }

    private static void header(XWPFTable table, String... titles) {
        XWPFTableRow row = table.getRow(0);
        row.setRepeatHeader(true);
        for (int i = 0; i < titles.length; i++) {
            text(row.getCell(i), titles[i], true);
            row.getCell(i).setColor("F3F2F1");
        }
    }

    private static void cells(XWPFTableRow row, String... values) {
        for (int i = 0; i < values.length; i++) {
            text(row.getCell(i), values[i], false);
        }
    }

    private static void levelCell(XWPFTableCell cell, ScaleLevel level) {
        cell.setColor(level.colour().substring(1).toUpperCase());
        XWPFRun run = text(cell, level.label(), true);
        run.setColor(level.textColour().substring(1).toUpperCase());
    }

    private static XWPFRun text(XWPFTableCell cell, String value, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        XWPFRun run = p.createRun();
        run.setBold(bold);
        lines(run, value == null ? "" : value);
        return run;
    }

    private static void lines(XWPFRun run, String text) {
        String[] parts = (text == null ? "" : ReportText.clean(text).replace("\r", "")).split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(parts[i], i);
        }
    }

    private static String meetingDate(ReportDraft d) {
        return d.meetingDate() == null || d.meetingDate().isBlank() ? "Meeting date to be confirmed"
                : uk.bestvalue.web.Format.date(LocalDate.parse(d.meetingDate()));
    }

    private static String join(String... parts) {
        return String.join(" ", java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
    }

    private static String bracket(String text) {
        return text == null || text.isBlank() ? null : "(" + text + ")";
    }

    private static String orNone(String text) {
        return text == null || text.isBlank() ? "None given." : text;
    }

    /** Rewrites the zip with fixed entry times, so the file depends only on its content. */
    private static byte[] fixEntryTimes(byte[] docx, LocalDateTime asAt) throws IOException {
        long time = asAt.toInstant(ZoneOffset.UTC).toEpochMilli();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(time);
                zip.putNextEntry(copy);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
