package dev.llrtj.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `llrt invoke|serve <LogicalId>` (issue 14 item 5): a SAM template's function read as `sam local invoke` reads it,
 * short-form intrinsics included, the command line winning over the template.
 */
class SamTemplateFunctionTest {
    @TempDir
    Path dir;
    Path template;

    private static final String TEMPLATE = """
            AWSTemplateFormatVersion: '2010-09-09'
            Transform: AWS::Serverless-2016-10-31
            Parameters:
              Stage:
                Type: String
                Default: dev
              NoDefault:
                Type: String
            Globals:
              Function:
                Timeout: 7
                MemorySize: 256
                Handler: index.handler
                Environment:
                  Variables:
                    SHARED: from-globals
                    OVERRIDDEN: globals
            Resources:
              Table:
                Type: AWS::DynamoDB::Table
              ApiFunction:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: src/api
                  Handler: app.main
                  MemorySize: 1024
                  Environment:
                    Variables:
                      TABLE: !Ref Table
                      STAGE: !Ref Stage
                      LONG_FORM:
                        Ref: Stage
                      URL: !Sub 'https://${Stage}.example.com/${!Literal}/${AWS::Region}'
                      SUB_VARS: !Sub ['${Name}-x', {Name: !Ref Stage}]
                      JOINED: !Join ['-', [a, !Ref Stage, 3]]
                      ARN: !GetAtt Table.Arn
                      UNSET: !Ref NoDefault
                      NUMBER: 42
                      FLAG: true
                      OVERRIDDEN: function
              WorkerFunction:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: src/worker/
              ImageFunction:
                Type: AWS::Serverless::Function
                Properties:
                  PackageType: Image
              S3Function:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: s3://bucket/key.zip
            """;

    @BeforeEach
    void write() throws IOException {
        template = dir.resolve("template.yaml");
        Files.writeString(template, TEMPLATE);
        Files.createDirectories(dir.resolve("src/api"));
        Files.createDirectories(dir.resolve("src/worker"));
    }

    @Test
    void readsTheFunctionWithItsGlobalsAndResolvesWhatSamResolvesLocally() {
        TemplateFunction f = SamTemplate.read(template).function("ApiFunction");
        assertEquals(dir.resolve("src/api").toAbsolutePath(), f.codeDir());
        assertEquals("app.main", f.handler());
        assertEquals(7.0, f.timeoutSeconds(), "from Globals");
        assertEquals(1024.0, f.memoryMb(), "the function's own value wins over Globals");
        Map<String, String> env = f.env();
        assertEquals("from-globals", env.get("SHARED"));
        assertEquals("function", env.get("OVERRIDDEN"));
        assertEquals("Table", env.get("TABLE"), "a resource's Ref is its logical id, as SAM CLI gives it");
        assertEquals("dev", env.get("STAGE"), "a parameter's Ref is its Default");
        assertEquals("dev", env.get("LONG_FORM"));
        String region = System.getenv("AWS_REGION") != null && !System.getenv("AWS_REGION").isBlank()
                ? System.getenv("AWS_REGION") : System.getenv().getOrDefault("AWS_DEFAULT_REGION", "us-east-1");
        assertEquals("https://dev.example.com/${Literal}/" + region, env.get("URL"));
        assertEquals("dev-x", env.get("SUB_VARS"));
        assertEquals("a-dev-3", env.get("JOINED"));
        assertEquals("42", env.get("NUMBER"));
        assertEquals("true", env.get("FLAG"));
        assertEquals("", env.get("ARN"), "no local value: empty, as SAM CLI leaves it");
        assertEquals("", env.get("UNSET"));
        assertEquals(2, f.notes().size(), f.notes().toString());
        assertTrue(f.notes().get(0).contains("ARN (Fn::GetAtt)") && f.notes().get(0).contains("--env-vars"), f.notes().toString());
        assertTrue(f.notes().get(1).contains("UNSET (Ref)"), f.notes().toString());
        assertEquals(List.of("ApiFunction", "WorkerFunction", "ImageFunction", "S3Function"),
                SamTemplate.read(template).functionIds());
    }

    @Test
    void samBuildOutputIsPreferredToTheSources() throws IOException {
        Path built = Files.createDirectories(dir.resolve(".aws-sam/build/WorkerFunction"));
        TemplateFunction f = SamTemplate.read(template).function("WorkerFunction");
        assertEquals(built.toAbsolutePath(), f.codeDir());
        assertEquals("index.handler", f.handler(), "Globals' handler");
    }

    @Test
    void whatCannotRunLocallyIsSaidByName() {
        SamTemplate t = SamTemplate.read(template);
        String image = assertThrows(IllegalArgumentException.class, () -> t.function("ImageFunction")).getMessage();
        assertTrue(image.contains("container image function") && image.contains("docker run"), image);
        String s3 = assertThrows(IllegalArgumentException.class, () -> t.function("S3Function")).getMessage();
        assertTrue(s3.contains("S3Function's CodeUri is in S3"), s3);
        String missing = assertThrows(IllegalArgumentException.class, () -> t.function("Nope")).getMessage();
        assertTrue(missing.contains("has no resource Nope (functions: ApiFunction, WorkerFunction, ImageFunction, S3Function)"), missing);
        String table = assertThrows(IllegalArgumentException.class, () -> t.function("Table")).getMessage();
        assertTrue(table.contains("has no function Table"), table);
        String which = assertThrows(IllegalArgumentException.class, () -> t.function(null)).getMessage();
        assertTrue(which.contains("has 4 functions") && which.contains("name one"), which);
    }

    @Test
    void badYamlIsAnArgumentErrorNamingTheFile() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "Resources: [unclosed\n");
        String message = assertThrows(IllegalArgumentException.class, () -> SamTemplate.read(bad)).getMessage();
        assertTrue(message.startsWith("the template " + bad + " is not valid YAML"), message);
    }

    @Test
    void theCommandLineWinsOverTheTemplate() throws IOException {
        Path envVars = dir.resolve("env.json");
        Files.writeString(envVars, "{\"Parameters\": {\"SHARED\": \"from-file\"}, \"ApiFunction\": {\"STAGE\": \"prod\"}}");
        EmulatorArgs args = EmulatorArgs.parse(new String[] {"ApiFunction", "--template", template.toString(),
                "--memory", "512", "--env-vars", envVars.toString(), "--env", "STAGE=cli"}, 0, true);
        EmulatorConfig c = args.config();
        assertEquals(dir.resolve("src/api").toAbsolutePath(), c.taskRoot());
        assertEquals("app.main", c.handler());
        assertEquals(512, c.memoryMb());
        assertEquals(7.0, c.timeoutSeconds());
        assertEquals("ApiFunction", c.functionName(), "named by its logical id, as sam local names it");
        assertEquals("from-file", c.env().get("SHARED"));
        assertEquals("cli", c.env().get("STAGE"));
        assertEquals("Table", c.env().get("TABLE"));
        assertEquals(2, args.notes().size());

        EmulatorArgs shortOption = EmulatorArgs.parse(new String[] {"-t", template.toString(), "WorkerFunction",
                "--handler", "other.fn"}, 0, true);
        assertEquals("other.fn", shortOption.config().handler());
        assertEquals(256, shortOption.config().memoryMb());
    }
}
