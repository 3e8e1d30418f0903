package dev.northstar.workspace;

import dev.northstar.common.NorthstarProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start, creates the first owner: from {@code northstar.bootstrap.*} when set, else
 * {@code admin@northstar.local} with a generated password printed once.
 */
@Component
@Order(0)
class Bootstrap implements ApplicationRunner {

    static final String DEFAULT_EMAIL = "admin@northstar.local";
    private static final Logger log = LoggerFactory.getLogger(Bootstrap.class);

    private final Accounts accounts;
    private final NorthstarProperties properties;

    Bootstrap(Accounts accounts, NorthstarProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyUser()) {
            return;
        }
        String email = blankToNull(properties.bootstrap().adminEmail());
        String password = blankToNull(properties.bootstrap().adminPassword());
        boolean generated = password == null;
        if (generated) {
            password = Secrets.random("", 15);
        }
        accounts.createUser(email == null ? DEFAULT_EMAIL : email, "Admin", password);
        if (generated) {
            String line = "=".repeat(72);
            log.warn(
                    "\n{}\n  Northstar created the first owner account (shown once):\n    email:    {}\n    password: {}\n  Sign in at /login and change the password under Account.\n{}",
                    line,
                    email == null ? DEFAULT_EMAIL : email,
                    password,
                    line);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
