package dev.northstar.cli;

import dev.northstar.workspace.Accounts;
import dev.northstar.workspace.IssuedToken;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "token", description = "Personal API tokens.", subcommands = TokenCommand.Create.class)
class TokenCommand {

    @Command(name = "create", description = "Issue an API token for an account and print it once.")
    static class Create implements Callable<Integer> {

        @Option(names = "--email", required = true, description = "The account's email")
        String email;

        @Option(names = "--name", defaultValue = "CLI token", description = "A name to recognise the token by")
        String name;

        @Mixin
        DataDirOption data;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            IssuedToken token = NorthstarCli.withContext(
                    data.properties(), ctx -> ctx.getBean(Accounts.class).issueTokenFor(email, name));
            spec.commandLine().getOut().println(token.secret());
            return 0;
        }
    }
}
