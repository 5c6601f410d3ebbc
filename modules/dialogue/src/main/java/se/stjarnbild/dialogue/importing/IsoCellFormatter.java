package se.stjarnbild.dialogue.importing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Shows numeric cells the same way whatever the workbook's display format or the server's locale:
 * dates as 2026-07-15 (the parser's preferred form), numbers plainly ("12", not "12.0" or "1,2E+01").
 * Fifteen significant digits, as Excel itself shows, so 0.1 + 0.2 reads 0.3.
 */
final class IsoCellFormatter extends DataFormatter {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        return formatRawCellContents(value, formatIndex, formatString, false);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime dateTime = DateUtil.getLocalDateTime(value, use1904Windowing, true);
            return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT) ? dateTime.toLocalDate().toString()
                    : dateTime.format(DATE_TIME);
        }
        return plainNumber(value);
    }

    static String plainNumber(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return new BigDecimal(value, EXCEL_PRECISION).stripTrailingZeros().toPlainString();
    }
}
