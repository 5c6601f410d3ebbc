package se.stjarnbild.referencegroups.internal;

import se.stjarnbild.model.SwedishOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.stjarnbild.model.feedback.FeedbackAnswer;
import se.stjarnbild.model.groups.ReferenceGroup;
import se.stjarnbild.referencegroups.Comment;
import se.stjarnbild.referencegroups.GroupRatings;
import se.stjarnbild.referencegroups.RatingSummary;
import se.stjarnbild.referencegroups.StarResults;

/** Answers gathered per star (by title) and per group (by name), in Swedish order, never per person. */
final class Results {

    private Results() {
    }

    static List<StarResults> perStar(List<FeedbackAnswer> answers) {
        Map<Long, List<FeedbackAnswer>> byStar = answers.stream()
                .collect(Collectors.groupingBy(a -> a.getStar().getId()));
        List<StarResults> results = new ArrayList<>();
        for (List<FeedbackAnswer> ofStar : byStar.values()) {
            Map<String, List<FeedbackAnswer>> byGroup = new TreeMap<>(SwedishOrder.texts());
            byGroup.putAll(ofStar.stream().collect(Collectors.groupingBy(a -> a.getInvitation().getGroup().getName())));
            List<GroupRatings> groups = byGroup.values().stream()
                    .map(list -> ratings(list.get(0).getInvitation().getGroup(), list)).toList();
            List<Comment> comments = ofStar.stream()
                    .filter(a -> a.getComment() != null && !a.getComment().isBlank())
                    .sorted(SwedishOrder.by((FeedbackAnswer a) -> a.getInvitation().getGroup().getName())
                            .thenComparing(FeedbackAnswer::getId))
                    .map(a -> new Comment(a.getId(), a.getInvitation().getGroup().getName(), a.getComment(), a.getQuoteId()))
                    .toList();
            var star = ofStar.get(0).getStar();
            results.add(new StarResults(star.getId(), star.getTitle(), groups,
                    new GroupRatings(0, "", summary(ofStar, FeedbackAnswer::getTruth),
                            summary(ofStar, FeedbackAnswer::getUniqueness)), comments));
        }
        results.sort(SwedishOrder.by(StarResults::title).thenComparingLong(StarResults::starId));
        return results;
    }

    private static GroupRatings ratings(ReferenceGroup group, List<FeedbackAnswer> answers) {
        return new GroupRatings(group.getId(), group.getName(), summary(answers, FeedbackAnswer::getTruth),
                summary(answers, FeedbackAnswer::getUniqueness));
    }

    private static RatingSummary summary(List<FeedbackAnswer> answers, Function<FeedbackAnswer, Integer> rating) {
        return RatingSummary.of(answers.stream().map(rating).toList());
    }
}
