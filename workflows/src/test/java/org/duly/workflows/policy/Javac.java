package org.duly.workflows.policy;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/** Compiles one class of a policy author's code against Duly's classes, as {@code javac} would, and says what it said. */
final class Javac {

    /** Error Prone as Duly's build runs it (the parent pom): one check, as an error. */
    static final List<String> WITH_ERROR_PRONE = List.of("-XDcompilePolicy=simple", "--should-stop=ifError=FLOW",
            "-Xplugin:ErrorProne -XepDisableAllChecks -Xep:CheckReturnValue:ERROR");

    /** Plain javac. */
    static final List<String> PLAIN = List.of();

    private Javac() {
    }

    /**
     * The source of a class {@code Sentence} as a policy author writes it: the DSL, the vocabulary and
     * a finished rule {@code RULE} in scope, and one member of the caller's.
     *
     * @param member a field or method, in Java
     * @return the source
     */
    static String sentence(String member) {
        return """
                import static org.duly.timescales.Timescales.*;
                import static org.duly.timescales.period.Periods.*;
                import static org.duly.workflows.policy.Rules.rule;
                import static org.duly.workflows.vocabulary.Applicabilities.*;
                import static org.duly.workflows.vocabulary.CaseEvents.*;
                import static org.duly.workflows.vocabulary.Circumstances.*;
                import static org.duly.workflows.vocabulary.Conditions.*;
                import org.duly.domain.events.ConferenceKind;
                import org.duly.timescales.*;
                import org.duly.workflows.policy.*;
                class Sentence {
                    static final Rule RULE = rule("cp.icpc", "Initial child protection conference").implementing("CP-2")
                            .citing("Northshire Practice Standards", "Child Protection", "within 15 working days")
                            .localStandard()
                            .due(within(workingDays(15)).of(STRATEGY_DISCUSSION))
                            .metBy(CONFERENCE_HELD);
                    %s
                }
                """.formatted(member);
    }

    /**
     * What javac made of a source.
     *
     * @param compiled whether it compiled
     * @param messages what javac and its plug-ins said
     */
    record Result(boolean compiled, String messages) {
    }

    /**
     * Compiles the source of a class {@code Sentence}.
     *
     * @param source the source
     * @param options javac options besides the class path and output
     * @return what javac made of it
     */
    static Result compile(String source, List<String> options) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Sentence.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        Path output = Files.createTempDirectory("sentence");
        try {
            List<String> all = new ArrayList<>(List.of("-classpath", System.getProperty("java.class.path"),
                    "-d", output.toString(), "-proc:none"));
            all.addAll(options);
            StringWriter messages = new StringWriter();
            boolean compiled = compiler.getTask(messages, null, null, all, null, List.of(file)).call();
            return new Result(compiled, messages.toString());
        } finally {
            try (var files = Files.walk(output)) {
                files.map(Path::toFile).sorted((a, b) -> -a.compareTo(b)).forEach(File::delete);
            }
        }
    }
}
