package com.fintechkg.kg.graph;

import java.lang.reflect.Array;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.internal.InternalNode;
import org.neo4j.driver.internal.InternalPath;
import org.neo4j.driver.internal.InternalRelationship;
import org.neo4j.driver.internal.value.NodeValue;
import org.neo4j.driver.internal.value.PathValue;
import org.neo4j.driver.internal.value.RelationshipValue;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Path;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.spatial.Point;
import org.neo4j.values.storable.DurationValue;

/**
 * Converts between the embedded database's Java values and the driver's {@link Value}s, so that a statement run
 * in-process hands its mapping function exactly what the same statement would return over Bolt: nodes,
 * relationships and paths as the driver's graph types, list properties as lists, maps and temporals as such.
 */
final class InProcessValues {

	private InProcessValues() {
	}

	/** A value of a result row, as the driver would have decoded it. */
	static Value toDriver(@Nullable Object value) {
		return switch (value) {
			case null -> Values.NULL;
			case Node node -> new NodeValue(node(node));
			case Relationship relationship -> new RelationshipValue(relationship(relationship));
			case Path path -> new PathValue(path(path));
			case Map<?, ?> map -> Values.value(driverMap(map));
			case Collection<?> list -> Values.value(driverList(list));
			case Point point -> point(point);
			case DurationValue duration -> Values.isoDuration(duration.get(ChronoUnit.MONTHS), duration.get(ChronoUnit.DAYS),
					duration.get(ChronoUnit.SECONDS), (int) duration.get(ChronoUnit.NANOS));
			case Object array when array.getClass().isArray() && !(array instanceof byte[]) -> {
				List<Object> items = new ArrayList<>(Array.getLength(array));
				for (int i = 0; i < Array.getLength(array); i++) {
					items.add(Array.get(array, i));
				}
				yield Values.value(driverList(items));
			}
			default -> Values.value(value);
		};
	}

	/**
	 * A statement parameter as the embedded database accepts it: the Java types Cypher parameters are made of,
	 * with other collections as lists, enums by name and driver values as their Java equivalents.
	 */
	static @Nullable Object parameter(@Nullable Object value) {
		return switch (value) {
			case null -> null;
			case Value driverValue -> parameter(driverValue.asObject());
			case Enum<?> constant -> constant.name();
			case Map<?, ?> map -> {
				Map<String, Object> converted = new LinkedHashMap<>();
				map.forEach((key, item) -> converted.put(String.valueOf(key), parameter(item)));
				yield converted;
			}
			case Collection<?> collection -> {
				List<Object> converted = new ArrayList<>(collection.size());
				collection.forEach((item) -> converted.add(parameter(item)));
				yield converted;
			}
			default -> value;
		};
	}

	private static List<Value> driverList(Collection<?> list) {
		List<Value> values = new ArrayList<>(list.size());
		for (Object item : list) {
			values.add(toDriver(item));
		}
		return values;
	}

	private static Map<String, Value> driverMap(Map<?, ?> map) {
		Map<String, Value> values = new LinkedHashMap<>();
		map.forEach((key, item) -> values.put(String.valueOf(key), toDriver(item)));
		return values;
	}

	private static InternalNode node(Node node) {
		List<String> labels = new ArrayList<>();
		node.getLabels().forEach((label) -> labels.add(label.name()));
		return new InternalNode(node.getId(), node.getElementId(), labels, properties(node));
	}

	private static InternalRelationship relationship(Relationship relationship) {
		Node start = relationship.getStartNode();
		Node end = relationship.getEndNode();
		return new InternalRelationship(relationship.getId(), relationship.getElementId(), start.getId(),
				start.getElementId(), end.getId(), end.getElementId(), relationship.getType().name(),
				properties(relationship));
	}

	private static InternalPath path(Path path) {
		List<org.neo4j.driver.types.Entity> alternating = new ArrayList<>();
		for (Entity entity : path) {
			alternating.add((entity instanceof Node node) ? node(node) : relationship((Relationship) entity));
		}
		return new InternalPath(alternating);
	}

	private static Map<String, Value> properties(Entity entity) {
		Map<String, Value> properties = new LinkedHashMap<>();
		entity.getAllProperties().forEach((key, value) -> properties.put(key, toDriver(value)));
		return properties;
	}

	private static Value point(Point point) {
		double[] coordinates = point.getCoordinate().getCoordinate();
		int srid = point.getCRS().getCode();
		return (coordinates.length == 3) ? Values.point(srid, coordinates[0], coordinates[1], coordinates[2])
				: Values.point(srid, coordinates[0], coordinates[1]);
	}

}
