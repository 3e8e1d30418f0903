package dev.northstar.workspace;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Three doors: {@code POST /api/v1/tokens} takes HTTP Basic and issues a token; the rest of
 * {@code /api/**} takes only {@code Authorization: Bearer}; pages use a session from the login form.
 * Anything under {@code /public/**} is open to people without an account (survey links, invitations).
 */
@Configuration
class SecurityConfig {

    static final String[] OPEN = {
        "/login",
        "/error",
        "/public/**",
        "/css/**",
        "/js/**",
        "/img/**",
        "/webjars/**",
        "/favicon.ico",
        "/actuator/health",
        "/actuator/health/**",
        "/swagger-ui.html",
        "/swagger-ui/**",
        "/v3/api-docs",
        "/v3/api-docs/**"
    };

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(Accounts accounts) {
        return email ->
                accounts.signInWithPassword(email).orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    // the command line starts Spring without a web server: no HttpSecurity there, and no requests to guard
    @ConditionalOnWebApplication
    @Bean
    @Order(1)
    SecurityFilterChain tokenIssuing(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/v1/tokens")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint((req, res, e) -> problem(
                        res, HttpStatus.UNAUTHORIZED, "Sign in with HTTP Basic email:password to create a token")))
                .build();
    }

    @ConditionalOnWebApplication
    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, Accounts accounts) throws Exception {
        return http.securityMatcher("/api/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .addFilterBefore(new BearerTokens(accounts), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint((req, res, ex) -> problem(
                                res,
                                HttpStatus.UNAUTHORIZED,
                                "Send Authorization: Bearer <token>; create a token with POST /api/v1/tokens"))
                        .accessDeniedHandler((req, res, ex) -> problem(res, HttpStatus.FORBIDDEN, "Not allowed")))
                .build();
    }

    @ConditionalOnWebApplication
    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(
                        a -> a.requestMatchers(OPEN).permitAll().anyRequest().authenticated())
                .formLogin(
                        f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(l ->
                        l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .headers(
                        h -> h.contentSecurityPolicy(
                                c -> c.policyDirectives(
                                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; frame-ancestors 'none'")))
                .httpBasic(Customizer.withDefaults())
                .build();
    }

    static void problem(HttpServletResponse res, HttpStatus status, String detail) throws IOException {
        res.setStatus(status.value());
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        String escaped = detail.replace("\\", "\\\\").replace("\"", "\\\"");
        res.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                        + status.value() + ",\"detail\":\"" + escaped + "\"}");
    }

    /** Signs a request in from {@code Authorization: Bearer <token>}; an unknown token is a 401. */
    static final class BearerTokens extends OncePerRequestFilter {

        private final Accounts accounts;

        BearerTokens(Accounts accounts) {
            this.accounts = accounts;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
                throws ServletException, IOException {
            String header = req.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                var who = accounts.signInWithToken(header.substring(7).strip());
                if (who.isEmpty()) {
                    problem(res, HttpStatus.UNAUTHORIZED, "The bearer token is unknown or revoked");
                    return;
                }
                var auth = UsernamePasswordAuthenticationToken.authenticated(
                        who.get(), null, who.get().getAuthorities());
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(auth);
                SecurityContextHolder.setContext(context);
            }
            chain.doFilter(req, res);
        }
    }
}
