package com.fintechkg.kg.relation;

import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fintechkg.kg.entity.Entity;
import com.fintechkg.kg.entity.Provenance;
import com.fintechkg.kg.vocabulary.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** A relation read from one of its ends: the far end and the direction, for both ends and for a loop. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class IncidentRelationTests {

	private static final Entity ICBC = entity("icbc");

	private static final Entity MODEL = entity("icbc-financial-llm");

	private static final Relation RELEASED = relation(ICBC, "RELEASED", MODEL);

	@Test
	void fromTheStartTheFarEndIsTheEndAndTheRelationIsOutgoing() {
		IncidentRelation seen = IncidentRelation.seenFrom(RELEASED, "icbc");

		assertThat(seen.other()).isEqualTo(MODEL);
		assertThat(seen.direction()).isEqualTo(Direction.OUTGOING);
		assertThat(seen.from()).isEqualTo(ICBC);
		assertThat(seen.to()).isEqualTo(MODEL);
	}

	@Test
	void fromTheEndTheFarEndIsTheStartAndTheRelationIsIncoming() {
		IncidentRelation seen = IncidentRelation.seenFrom(RELEASED, "icbc-financial-llm");

		assertThat(seen.other()).isEqualTo(ICBC);
		assertThat(seen.direction()).isEqualTo(Direction.INCOMING);
		assertThat(seen.id()).isEqualTo(RELEASED.id());
	}

	@Test
	void aRelationFromAnEntityToItselfPointsBothWaysWithItselfAsTheFarEnd() {
		Relation loop = relation(ICBC, "PARTNERS_WITH", ICBC);

		IncidentRelation seen = IncidentRelation.seenFrom(loop, "icbc");

		assertThat(seen.other()).isEqualTo(ICBC);
		assertThat(seen.direction()).isEqualTo(Direction.BOTH);
	}

	@Test
	void aRelationCannotBeReadFromAnEntityItDoesNotTouch() {
		assertThatIllegalArgumentException().isThrownBy(() -> IncidentRelation.seenFrom(RELEASED, "abc"))
			.withMessageContaining("abc");
	}

	private static Entity entity(String id) {
		return new Entity(id, Kind.of("Institution"), id, id, List.of(), null, false, id, List.of(), null, null, null,
				null, 1,
				new Provenance("seed", null, null, null));
	}

	private static Relation relation(Entity from, String type, Entity to) {
		return new Relation(from.id() + ":" + type + ":" + to.id(), type, from, to, "quote", "3.2.1", null, null, null,
				"caict-fintech-2023", 1, new Provenance("seed", null, null, null));
	}

}
