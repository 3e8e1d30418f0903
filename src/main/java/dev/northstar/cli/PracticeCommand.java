package dev.northstar.cli;

import dev.northstar.practice.ReviewAgenda;
import dev.northstar.practice.ReviewQueueItem;
import dev.northstar.practice.Reviews;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "practice", description = "Interview practice.", subcommands = PracticeCommand.Next.class)
class PracticeCommand {

    static final int FRONT_WIDTH = 80;

    @Command(
            name = "next",
            description = "Print today's review queue of an account: card id, category and front, one card a line.")
    static class Next implements Callable<Integer> {

        @Option(names = "--email", required = true, description = "The account's email")
        String email;

        @Mixin
        DataDirOption data;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            // an unknown email is an InvalidInputException: NorthstarCli prints it in one line and exits with 2
            ReviewAgenda agenda = NorthstarCli.withContext(
                    data.properties(), ctx -> ctx.getBean(Reviews.class).agendaFor(email));
            PrintWriter out = spec.commandLine().getOut();
            if (agenda.cards().isEmpty()) {
                out.println(
                        agenda.nextReview() == null
                                ? "Nothing due today; no review scheduled"
                                : "Nothing due today; next review " + agenda.nextReview());
            }
            for (ReviewQueueItem card : agenda.cards()) {
                out.println(card.cardId() + "\t" + card.category() + "\t" + truncate(card.front()));
            }
            out.flush();
            return 0;
        }
    }

    static String truncate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= FRONT_WIDTH
                ? oneLine
                : oneLine.substring(0, FRONT_WIDTH - 1).stripTrailing() + "…";
    }
}
