// Risks and what counters them
//
// The threats the whitepaper names and how it says they are met: quantum computing threatens today's cryptosystems
// and post-quantum cryptography and quantum key distribution mitigate quantum attacks, large models pose untraceable
// outputs and ethics risks, distributed systems pose instability that observability and chaos engineering counter.
// Drawn as a graph (switch to Table to read each relation's quote).
//
// expect: 量子计算攻击, 后量子密码, 量子密钥分发, 密码体系, 大模型, 无法溯源, 科技伦理风险, MITIGATES, POSES, THREATENS
MATCH threat = (:Entity)-[:POSES|THREATENS|MITIGATES]->(:Entity)
RETURN threat
