package com.fintechkg.kg.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;

/**
 * Counts the Cypher statements and transactions the application runs, to check the round-trip bounds of
 * queries: through the driver (wraps the {@link Driver} bean) and in-process (wraps the embedded
 * {@link GraphDatabaseService} bean). Everything else is the real thing.
 */
@TestComponent
public class StatementCounter implements BeanPostProcessor {

	private final AtomicInteger statements = new AtomicInteger();

	private final AtomicInteger transactions = new AtomicInteger();

	private final AtomicInteger inProcess = new AtomicInteger();

	private final List<Query> texts = new CopyOnWriteArrayList<>();

	public void reset() {
		this.statements.set(0);
		this.transactions.set(0);
		this.inProcess.set(0);
		this.texts.clear();
	}

	/** The statements run since the last reset, with their parameters. */
	public List<Query> statements() {
		return List.copyOf(this.texts);
	}

	/** Statements run since the last reset. */
	public int count() {
		return this.statements.get();
	}

	/** Statements run in-process (through the embedded database's Java API) since the last reset. */
	public int inProcess() {
		return this.inProcess.get();
	}

	/** Statements run through the driver (over Bolt) since the last reset. */
	public int overBolt() {
		return this.statements.get() - this.inProcess.get();
	}

	/** Transactions since the last reset: explicit ones, and each statement run outside one (auto-commit). */
	public int transactions() {
		return this.transactions.get();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof Driver driver) {
			return proxy(Driver.class, driver, this::wrapSession);
		}
		if (bean instanceof GraphDatabaseAPI database) {
			return proxy(GraphDatabaseAPI.class, database, this::countInProcess);
		}
		return bean;
	}

	private Object wrapSession(Method method, @Nullable Object[] args, Object result) {
		if (result instanceof Session session) {
			return proxy(Session.class, session, this::countAndWrapTransaction);
		}
		return result;
	}

	private void remember(@Nullable Object[] args) {
		if (args != null && args.length > 0) {
			if (args[0] instanceof Query query) {
				this.texts.add(query);
			}
			else if (args[0] instanceof String text) {
				Object parameters = (args.length > 1) ? args[1] : null;
				this.texts.add(new Query(text, (parameters instanceof Value value) ? value
						: (parameters instanceof Map<?, ?> map) ? Values.value(map) : Values.EmptyMap));
			}
		}
	}

	private Object countAndWrapTransaction(Method method, @Nullable Object[] args, Object result) {
		if (method.getName().equals("run")) {
			remember(args);
			this.statements.incrementAndGet();
			this.transactions.incrementAndGet();
		}
		if (method.getName().equals("beginTransaction")) {
			this.transactions.incrementAndGet();
		}
		if (result instanceof Transaction transaction) {
			return proxy(Transaction.class, transaction, (runMethod, runArgs, runResult) -> {
				if (runMethod.getName().equals("run")) {
					remember(runArgs);
					this.statements.incrementAndGet();
				}
				return runResult;
			});
		}
		return result;
	}

	private Object countInProcess(Method method, @Nullable Object[] args, Object result) {
		if (result instanceof InternalTransaction transaction) {
			this.transactions.incrementAndGet();
			return proxy(InternalTransaction.class, transaction, (executeMethod, executeArgs, executeResult) -> {
				if (executeMethod.getName().equals("execute")) {
					remember(executeArgs);
					this.statements.incrementAndGet();
					this.inProcess.incrementAndGet();
				}
				return executeResult;
			});
		}
		return result;
	}

	interface Wrapper {

		Object wrap(Method method, @Nullable Object[] args, Object result);

	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, Wrapper wrapper) {
		InvocationHandler handler = (proxy, method, args) -> {
			try {
				return wrapper.wrap(method, args, method.invoke(target, args));
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler);
	}

}
