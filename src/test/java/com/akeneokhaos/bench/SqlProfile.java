package com.akeneokhaos.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts and times every SQL statement the application executes, grouped by statement text, plus commits.
 * It is installed from outside the product: an {@link ApplicationContextInitializer} registers a bean
 * post-processor that wraps the application's {@link DataSource} in a thin JDK proxy layer (a few hundred
 * nanoseconds per call, negligible next to a database round trip). The product's code is not touched.
 */
final class SqlProfile {

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern LONG_SELECT_LIST = Pattern.compile("^SELECT .{40,}? FROM ", Pattern.CASE_INSENSITIVE);

	private static final Pattern IN_LIST = Pattern.compile("\\(\\s*\\?(\\s*,\\s*\\?)+\\s*\\)");

	private static final Set<String> EXECUTES = Set.of("execute", "executeQuery", "executeUpdate",
			"executeLargeUpdate", "executeBatch", "executeLargeBatch");

	private final Map<String, Stat> statements = new ConcurrentHashMap<>();

	/** Statement text to its shape, so the regular expressions run once per distinct text, not per execution. */
	private final Map<String, String> shapes = new ConcurrentHashMap<>();

	private final LongAdder commits = new LongAdder();

	private final LongAdder commitNanos = new LongAdder();

	private final LongAdder rollbacks = new LongAdder();

	private final LongAdder connections = new LongAdder();

	ApplicationContextInitializer<ConfigurableApplicationContext> initializer() {
		return context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof DataSource dataSource && !(bean instanceof ProfiledDataSource))
						? new ProfiledDataSource(dataSource) : bean;
			}
		});
	}

	void reset() {
		statements.clear();
		commits.reset();
		commitNanos.reset();
		rollbacks.reset();
		connections.reset();
	}

	Snapshot snapshot() {
		List<StatementStat> list = statements.entrySet()
			.stream()
			.map(e -> new StatementStat(e.getKey(), e.getValue().count.sum(), e.getValue().nanos.sum() / 1_000_000.0))
			.sorted(Comparator.comparingDouble(StatementStat::totalMs).reversed())
			.toList();
		return new Snapshot(list, commits.sum(), commitNanos.sum() / 1_000_000.0, rollbacks.sum(), connections.sum());
	}

	/**
	 * One line per statement shape: whitespace collapsed, {@code IN (?, ?, ...)} lists of any length made one,
	 * long select lists shortened (so statements that differ only after them stay apart), and the middle of
	 * very long statements left out.
	 */
	static String normalize(String sql) {
		String flat = SPACES.matcher(sql.strip()).replaceAll(" ");
		flat = IN_LIST.matcher(flat).replaceAll("(?, ...)");
		flat = LONG_SELECT_LIST.matcher(flat).replaceFirst("SELECT ... FROM ");
		return (flat.length() > 150) ? flat.substring(0, 90) + " ... " + flat.substring(flat.length() - 55) : flat;
	}

	private void record(String sql, long nanos) {
		String shape = shapes.get(sql);
		if (shape == null) {
			shape = normalize(sql);
			if (shapes.size() < 10_000) {
				shapes.put(sql, shape);
			}
		}
		Stat stat = statements.computeIfAbsent(shape, key -> new Stat());
		stat.count.increment();
		stat.nanos.add(nanos);
	}

	/** Everything recorded since the last reset. */
	record Snapshot(List<StatementStat> statements, long commits, double commitMs, long rollbacks,
			long connectionsBorrowed) {

		long executions() {
			return statements.stream().mapToLong(StatementStat::count).sum();
		}

		double totalMs() {
			return statements.stream().mapToDouble(StatementStat::totalMs).sum();
		}

		/** Executions whose statement text starts with the given verb (SELECT, INSERT, UPDATE, DELETE). */
		long executions(String verb) {
			return statements.stream()
				.filter(s -> s.sql().regionMatches(true, 0, verb, 0, verb.length()))
				.mapToLong(StatementStat::count)
				.sum();
		}

		Map<String, Object> asMap(int top) {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("executions", executions());
			map.put("selects", executions("SELECT"));
			map.put("inserts", executions("INSERT"));
			map.put("updates", executions("UPDATE"));
			map.put("deletes", executions("DELETE"));
			map.put("statementMs", round(totalMs()));
			map.put("commits", commits);
			map.put("commitMs", round(commitMs));
			map.put("rollbacks", rollbacks);
			map.put("connectionsBorrowed", connectionsBorrowed);
			map.put("top", statements.stream().limit(top).map(s -> {
				Map<String, Object> one = new LinkedHashMap<>();
				one.put("sql", s.sql());
				one.put("count", s.count());
				one.put("totalMs", round(s.totalMs()));
				return one;
			}).toList());
			return map;
		}

	}

	record StatementStat(String sql, long count, double totalMs) {
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private static final class Stat {

		final LongAdder count = new LongAdder();

		final LongAdder nanos = new LongAdder();

	}

	private final class ProfiledDataSource extends DelegatingDataSource {

		ProfiledDataSource(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return connection(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return connection(super.getConnection(username, password));
		}

		private Connection connection(Connection target) {
			connections.increment();
			return (Connection) Proxy.newProxyInstance(SqlProfile.class.getClassLoader(),
					new Class<?>[] { Connection.class }, new ConnectionHandler(target));
		}

	}

	private final class ConnectionHandler implements InvocationHandler {

		private final Connection target;

		ConnectionHandler(Connection target) {
			this.target = target;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			String name = method.getName();
			if (name.equals("equals")) {
				return proxy == args[0];
			}
			if (name.equals("hashCode")) {
				return System.identityHashCode(proxy);
			}
			long start = System.nanoTime();
			Object result = call(target, method, args);
			switch (name) {
				case "commit" -> {
					commits.increment();
					commitNanos.add(System.nanoTime() - start);
				}
				case "rollback" -> rollbacks.increment();
				case "prepareStatement", "prepareCall" -> {
					return statement((Statement) result, PreparedStatement.class, (String) args[0]);
				}
				case "createStatement" -> {
					return statement((Statement) result, Statement.class, null);
				}
				default -> {
				}
			}
			return result;
		}

		private Object statement(Statement statement, Class<?> type, String sql) {
			Class<?> face = (statement instanceof java.sql.CallableStatement) ? java.sql.CallableStatement.class : type;
			return Proxy.newProxyInstance(SqlProfile.class.getClassLoader(), new Class<?>[] { face },
					new StatementHandler(statement, sql));
		}

	}

	private final class StatementHandler implements InvocationHandler {

		private final Statement target;

		private final String preparedSql;

		StatementHandler(Statement target, String preparedSql) {
			this.target = target;
			this.preparedSql = preparedSql;
		}

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			String name = method.getName();
			if (name.equals("equals")) {
				return proxy == args[0];
			}
			if (name.equals("hashCode")) {
				return System.identityHashCode(proxy);
			}
			if (!EXECUTES.contains(name)) {
				return call(target, method, args);
			}
			long start = System.nanoTime();
			try {
				return call(target, method, args);
			}
			finally {
				String sql = (args != null && args.length > 0 && args[0] instanceof String text) ? text : preparedSql;
				String label = (sql != null) ? sql : "(unknown)";
				record(name.contains("Batch") ? "[batch] " + label : label, System.nanoTime() - start);
			}
		}

	}

	private static Object call(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
