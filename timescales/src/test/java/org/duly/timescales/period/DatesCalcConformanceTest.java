package org.duly.timescales.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Catala's dates-calc conformance vectors, copied to {@code src/test/resources/dates-calc} with their source. */
class DatesCalcConformanceTest {

    private static final Pattern PERIOD = Pattern.compile("\\[(-?\\d+) years, (-?\\d+) months, (-?\\d+) days]");

    private record Row(LocalDate date, int years, int months, int days, List<LocalDate> expected) {
    }

    private static List<Row> rows(String file) throws IOException {
        try (InputStream in = DatesCalcConformanceTest.class.getResourceAsStream("/dates-calc/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> {
                        String[] fields = line.split(";");
                        Matcher period = PERIOD.matcher(fields[1].strip());
                        if (!period.matches()) {
                            throw new IllegalStateException("not a period: " + fields[1]);
                        }
                        return new Row(LocalDate.parse(fields[0].strip()),
                                Integer.parseInt(period.group(1)), Integer.parseInt(period.group(2)),
                                Integer.parseInt(period.group(3)),
                                java.util.Arrays.stream(fields).skip(2).map(String::strip).map(LocalDate::parse).toList());
                    })
                    .toList();
        }
    }

    @Test
    void exact_computations_need_no_rounding_in_any_mode() throws IOException {
        List<Row> rows = rows("exact_computations.csv");
        assertThat(rows).hasSize(19);
        for (Row row : rows) {
            for (MonthEndRounding rounding : MonthEndRounding.values()) {
                DateSum sum = DateSum.of(row.date(), row.years(), row.months(), row.days(), rounding);
                assertThat(sum.date()).as("%s %s", row, rounding).isEqualTo(row.expected().get(0));
                assertThat(sum.wasRounded()).as("%s %s", row, rounding).isFalse();
            }
        }
    }

    @Test
    void ambiguous_computations_round_up_and_down_and_are_rejected_by_reject() throws IOException {
        List<Row> rows = rows("ambiguous_computations.csv");
        assertThat(rows).hasSize(11);
        for (Row row : rows) {
            DateSum up = DateSum.of(row.date(), row.years(), row.months(), row.days(), MonthEndRounding.UP);
            DateSum down = DateSum.of(row.date(), row.years(), row.months(), row.days(), MonthEndRounding.DOWN);
            assertThat(up.date()).as("up: %s", row).isEqualTo(row.expected().get(0));
            assertThat(down.date()).as("down: %s", row).isEqualTo(row.expected().get(1));
            assertThat(up.wasRounded()).isTrue();
            assertThat(down.wasRounded()).isTrue();
            assertThatThrownBy(() -> DateSum.of(row.date(), row.years(), row.months(), row.days(), MonthEndRounding.REJECT))
                    .as("reject: %s", row)
                    .isInstanceOf(MonthEndAmbiguityException.class);
        }
    }

    @Test
    void the_periods_of_the_dsl_give_the_same_answers_as_the_vectors() throws IOException {
        for (Row row : rows("ambiguous_computations.csv")) {
            DayPeriod up = row.years() > 0 ? Periods.years(row.years(), MonthEndRounding.UP) : Periods.months(row.months(), MonthEndRounding.UP);
            DayPeriod down = row.years() > 0 ? Periods.years(row.years()) : Periods.months(row.months());
            assertThat(up.addTo(row.date(), null).result()).isEqualTo(row.expected().get(0));
            assertThat(down.addTo(row.date(), null).result()).isEqualTo(row.expected().get(1));
            assertThat(down.addTo(row.date(), null).adjustment()).isPresent();
        }
    }

    @Test
    void first_and_last_day_of_the_month_are_where_up_and_down_land() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/dates-calc/first_last_day_of_month.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
            assertThat(lines).hasSize(2);
            for (String line : lines) {
                String[] fields = line.split(";");
                YearMonth month = YearMonth.from(LocalDate.parse(fields[0]));
                LocalDate first = LocalDate.parse(fields[1]);
                LocalDate last = LocalDate.parse(fields[2]);
                assertThat(new MonthEndAdjustment(month, 31, MonthEndRounding.DOWN).roundedTo()).contains(last);
                assertThat(new MonthEndAdjustment(month.minusMonths(1).plusMonths(1), 31, MonthEndRounding.UP).roundedTo())
                        .contains(last.plusDays(1));
                assertThat(month.atDay(1)).isEqualTo(first);
            }
        }
    }
}
