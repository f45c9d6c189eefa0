package com.fintechkg.kg.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fintechkg.kg.support.PackagedJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar fintech-kg.jar seed export DIR} as documented: on a fresh data directory (which loads the
 * bundled seed) it writes the bundled seed's files back, byte for byte, and reports them valid.
 */
// hang guard: each start of the jar may wait up to 10 minutes on a saturated machine
@org.junit.jupiter.api.Timeout(value = 30, unit = java.util.concurrent.TimeUnit.MINUTES)
class SeedExportCommandIT {

	@TempDir
	Path directory;

	@Test
	void shouldExportTheDatabaseToASeedDirectoryFromTheCommandLine() throws Exception {
		Path out = this.directory.resolve("exported");

		Run run = jar("seed", "export", out.toString(), "--fintechkg.embedded.data-dir=" + this.directory.resolve("data"),
				"--fintechkg.embedded.bolt-port=0", "--logging.level.root=warn");

		assertThat(run.exitCode()).as(run.output()).isZero();
		assertThat(run.output()).contains("Exported the graph to " + out).contains("is valid: " + com.fintechkg.kg.support.SeedFiles.entities() + " entities");
		List<Path> bundled = SeedExportRoundTripTests.files(SeedExportRoundTripTests.BUNDLED).stream()
			.filter((file) -> !file.toString().equals("README.md"))
			.toList();
		assertThat(SeedExportRoundTripTests.files(out)).containsExactlyInAnyOrderElementsOf(bundled);
		for (Path file : bundled) {
			assertThat(out.resolve(file)).hasSameBinaryContentAs(SeedExportRoundTripTests.BUNDLED.resolve(file));
		}
	}

	@Test
	void shouldRequireTheTargetDirectory() throws Exception {
		Run run = jar("seed", "export");

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.output()).contains("seed export DIR");
	}

	record Run(int exitCode, String output) {
	}

	private static Run jar(String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-jar",
				PackagedJar.path().toString()));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		byte[] output = process.getInputStream().readAllBytes();
		assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
		return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
	}

}
