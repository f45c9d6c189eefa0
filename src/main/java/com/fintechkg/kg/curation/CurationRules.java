package com.fintechkg.kg.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fintechkg.kg.curation.CurationInputs.CitationInput;
import com.fintechkg.kg.curation.CurationInputs.UpsertEntityInput;
import com.fintechkg.kg.curation.CurationInputs.UpsertRelationInput;
import com.fintechkg.kg.seed.SeedModel.Origin;
import com.fintechkg.kg.seed.SeedModel.Seed;
import com.fintechkg.kg.seed.SeedModel;
import com.fintechkg.kg.seed.SeedProperties;
import com.fintechkg.kg.seed.SeedReader;
import com.fintechkg.kg.seed.SeedValidator;
import com.fintechkg.kg.stored.Citation;
import com.fintechkg.kg.vocabulary.Kind;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Validates curated writes with the seed's own rules ({@link SeedValidator}): id format, kinds and figures,
 * the vocabulary's allowed kinds at each end, dates, sections, and every quote found verbatim in its source. The
 * source texts and the vocabulary are read from the configured seed directory once, on first use.
 */
@Component
class CurationRules {

	/** Where problems with the input are reported from: the input itself, not a seed file. */
	private static final Origin INPUT = new Origin("input", 0);

	private static final Origin STORED = new Origin("graph", 0);

	private final ResourceLoader resources;

	private final SeedProperties seedProperties;

	private volatile Reference reference;

	CurationRules(ResourceLoader resources, SeedProperties seedProperties) {
		this.resources = resources;
		this.seedProperties = seedProperties;
	}

	/** The sources, their texts and the vocabulary that writes are checked against. */
	private record Reference(Seed seed, Map<String, String> texts) {
	}

	/** The seed-model entity for {@code input}, checked; throws listing every problem. */
	SeedModel.Entity entity(UpsertEntityInput input) {
		List<String> problems = new ArrayList<>();
		if (input.citations().isEmpty()) {
			problems.add("an entity needs at least one citation (source, section and a verbatim quote)");
		}
		requireText("name", input.name(), problems);
		requireText("nameZh", input.nameZh(), problems);
		requireText("description", input.description(), problems);
		Kind kind = input.kind();
		SeedModel.Entity entity = new SeedModel.Entity(input.id(), kind, input.name().strip(), input.nameZh().strip(),
				input.aliases().stream().map(String::strip).filter((alias) -> !alias.isEmpty()).distinct().toList(),
				blankToNull(input.category()), false, input.description().strip(),
				input.citations().stream().map(CurationRules::citation).toList(), input.value(), blankToNull(input.unit()),
				blankToNull(input.period()), null, INPUT);
		check(List.of(entity), List.of(), problems);
		return entity;
	}

	/** The seed-model relation for {@code input} between the stored ends, checked; throws listing every problem. */
	SeedModel.Relation relation(UpsertRelationInput input, Kind fromKind, Kind toKind) {
		List<Citation> citations = input.allCitations().stream().map(CurationRules::citation).toList();
		SeedModel.Relation relation = new SeedModel.Relation(input.from(), input.type(), input.to(),
				blankToNull(input.date()), citations, input.value(), blankToNull(input.unit()), blankToNull(input.role()),
				INPUT);
		List<SeedModel.Entity> ends = List.of(stored(input.from(), fromKind), stored(input.to(), toKind));
		check(ends, List.of(relation), new ArrayList<>());
		return relation;
	}

	/** Checks a citation given for a delete. */
	Citation deletion(CitationInput input, String reason) {
		List<String> problems = new ArrayList<>();
		requireText("reason", reason, problems);
		Citation citation = citation(input);
		SeedModel.Entity carrier = new SeedModel.Entity("deletion", reference().seed().vocabulary().kindList().getFirst(), "deletion", "deletion", List.of(),
				null, false, "deletion", List.of(citation), null, null, null, null, INPUT);
		check(List.of(carrier), List.of(), problems);
		return citation;
	}

	private void check(List<SeedModel.Entity> entities, List<SeedModel.Relation> relations, List<String> problems) {
		Reference reference = reference();
		Seed candidate = new Seed("curated", reference.seed().defaultSource(), "", reference.seed().sources(),
				reference.seed().vocabulary(), entities, relations);
		for (String problem : SeedValidator.problems(candidate, reference.texts())) {
			if (problem.startsWith(INPUT.toString())) {
				problems.add(problem.substring(INPUT.toString().length() + 2));
			}
		}
		if (!problems.isEmpty()) {
			throw CurationException.invalid("Invalid input: " + String.join("; ", problems));
		}
	}

	private Reference reference() {
		Reference reference = this.reference;
		if (reference == null) {
			Resource location = this.resources.getResource(this.seedProperties.directoryLocation());
			Seed seed = SeedReader.read(location);
			reference = new Reference(seed, SeedValidator.sourceTexts(seed, location));
			this.reference = reference;
		}
		return reference;
	}

	private static SeedModel.Entity stored(String id, Kind kind) {
		return new SeedModel.Entity(id, kind, id, id, List.of(), null, false, "", List.of(), null, null, null, null,
				STORED);
	}

	private static Citation citation(CitationInput input) {
		return new Citation(input.source().strip(), input.section().strip(), input.quote().strip());
	}

	private static void requireText(String field, String value, List<String> problems) {
		if (value == null || value.isBlank()) {
			problems.add("`" + field + "` must not be blank");
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
