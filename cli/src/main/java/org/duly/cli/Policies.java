package org.duly.cli;

import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.duly.policies.derbyshire.DerbyshirePracticeStandards;
import org.duly.workflows.policy.Policy;
import picocli.CommandLine;

/**
 * The policies the command line knows by name, for {@code --policy NAME}. {@value #DEFAULT},
 * the Derbyshire Children's Services Practice Standards, is the default and for now the only one.
 * Names are short, lower case and matched without regard to case.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Policies {

    /** The name of the policy a command uses when it is given none. */
    public static final String DEFAULT = "derbyshire";

    /** Each known policy by its name, in the order the names are listed. */
    private static final Map<String, Supplier<Policy>> BY_NAME = known();

    private Policies() {
    }

    private static Map<String, Supplier<Policy>> known() {
        Map<String, Supplier<Policy>> byName = new LinkedHashMap<>();
        byName.put(DEFAULT, DerbyshirePracticeStandards::policy);
        return Collections.unmodifiableMap(byName);
    }

    /**
     * The names of the known policies, the default first.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Policies.names()).containsExactly("derbyshire");
     * }</pre>
     *
     * @return the names
     */
    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    /**
     * The policy with a name, if there is one.
     *
     * <p>Example:
     * <pre>{@code
     * Optional<Policy> derbyshire = Policies.named("derbyshire");   // also "Derbyshire"
     * assertThat(Policies.named("derby")).isEmpty();
     * }</pre>
     *
     * @param name the name, in any case, with or without surrounding spaces
     * @return the policy, or empty if no policy has that name
     */
    public static Optional<Policy> named(String name) {
        Supplier<Policy> policy = BY_NAME.get(name.strip().toLowerCase(Locale.ROOT));
        return policy == null ? Optional.empty() : Optional.of(policy.get());
    }

    /**
     * What to tell someone who gave a name no policy has: the name, and the names there are.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Policies.unknown("derby")).isEqualTo("unknown policy 'derby': the known policy is derbyshire");
     * }</pre>
     *
     * @param name the name given (at most a few dozen characters of it are quoted)
     * @return the message
     */
    public static String unknown(String name) {
        return "unknown policy " + Shown.quoted(name) + ": the known " + (BY_NAME.size() == 1 ? "policy is " : "policies are ")
                + String.join(", ", BY_NAME.keySet());
    }

    /**
     * The policy of the default name: the Derbyshire practice standards.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Policies.byDefault().name()).isEqualTo(DerbyshirePracticeStandards.NAME);
     * }</pre>
     *
     * @return the policy
     */
    public static Policy byDefault() {
        return named(DEFAULT).orElseThrow();
    }

    /**
     * Reads {@code --policy NAME} for picocli: an unknown name is a usage error (exit code
     * {@link ExitCode#USAGE}) whose message lists the known names.
     */
    public static final class Converter implements CommandLine.ITypeConverter<Policy> {

        /**
         * The policy with a name.
         *
         * <p>Example:
         * <pre>{@code
         * @Option(names = "--policy", converter = Policies.Converter.class, defaultValue = Policies.DEFAULT)
         * private Policy policy;
         * }</pre>
         *
         * @param name the name given on the command line
         * @return the policy
         * @throws CommandLine.TypeConversionException if no policy has that name
         */
        @Override
        public Policy convert(String name) {
            return named(name).orElseThrow(() -> new CommandLine.TypeConversionException(unknown(name)));
        }
    }

    /** The known names, for picocli's help text ({@code ${COMPLETION-CANDIDATES}}) and shell completion. */
    public static final class Names implements Iterable<String> {

        /**
         * The names, the default first.
         *
         * <p>Example:
         * <pre>{@code
         * @Option(names = "--policy", completionCandidates = Policies.Names.class)
         * }</pre>
         *
         * @return an iterator over the names
         */
        @Override
        public Iterator<String> iterator() {
            return names().iterator();
        }
    }
}
