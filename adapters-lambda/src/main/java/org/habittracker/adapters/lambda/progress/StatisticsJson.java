package org.habittracker.adapters.lambda.progress;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.habittracker.adapters.lambda.json.Numbers;
import org.habittracker.domain.progress.HabitStatistics;
import org.habittracker.domain.progress.MilestoneKind;

/** {@code GET /api/habits/{id}/stats}. */
public record StatisticsJson(int currentStreak, int bestStreak, double score, int totalSatisfied,
        CompletionRate completionRate, Map<String, Integer> byWeekday, Map<String, Integer> byMonth,
        List<ScorePoint> scoreSeries, List<StreakJson> bestStreaks, List<MilestoneJson> milestones,
        Commitment commitment) {

    public record CompletionRate(double last7, double last30, double last365, double allTime) {
    }

    public record ScorePoint(LocalDate day, double score) {
    }

    public record StreakJson(LocalDate start, LocalDate end, int length) {
    }

    public record MilestoneJson(MilestoneKind kind, LocalDate reachedOn) {
    }

    public record Commitment(int days, int satisfied) {
    }

    public static StatisticsJson from(HabitStatistics s) {
        Map<String, Integer> byWeekday = new LinkedHashMap<>();
        s.byWeekday().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> byWeekday.put(e.getKey().name(), e.getValue()));
        Map<String, Integer> byMonth = new LinkedHashMap<>();
        s.byMonth().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> byMonth.put(e.getKey().toString(), e.getValue()));
        var rates = s.completionRate();
        return new StatisticsJson(s.currentStreak(), s.bestStreak(), Numbers.score(s.score()), s.totalSatisfied(),
                new CompletionRate(Numbers.rate(rates.last7()), Numbers.rate(rates.last30()),
                        Numbers.rate(rates.last365()), Numbers.rate(rates.allTime())),
                byWeekday, byMonth,
                s.scoreSeries().stream().map(d -> new ScorePoint(d.day(), Numbers.score(d.score()))).toList(),
                s.bestStreaks().stream().map(b -> new StreakJson(b.start(), b.end(), b.length())).toList(),
                s.milestones().stream().map(m -> new MilestoneJson(m.kind(), m.reachedOn())).toList(),
                s.commitment().map(c -> new Commitment(c.days(), c.satisfied())).orElse(null));
    }
}
