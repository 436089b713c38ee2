// Peer evaluator for the simulate batch benchmark.
//
// Reads a file of simulate-custom-policy requests (one JSON object per line, the
// `aws iam simulate-custom-policy --cli-input-json` shape), evaluates every
// (action, resource) pair with @cloud-copilot/iam-simulate and writes one
// {"EvaluationResults":[...]} line per input line.
//
// Usage: node simulate.mjs BATCH_FILE [--out FILE]
// Timing on stderr covers only the evaluation loop (per-line JSON parsing,
// simulation, result serialisation), not process start or file I/O.

import { readFileSync, writeFileSync } from 'node:fs'
import { runSimulation } from '@cloud-copilot/iam-simulate'

const DEFAULT_ACCOUNT = '123456789012'

const DECISIONS = {
  Allowed: 'allowed',
  ExplicitlyDenied: 'explicitDeny',
  ImplicitlyDenied: 'implicitDeny'
}

function usage(message) {
  if (message) process.stderr.write(`simulate.mjs: ${message}\n`)
  process.stderr.write('usage: node simulate.mjs BATCH_FILE [--out FILE]\n')
  process.exit(2)
}

function parseArgs(argv) {
  let input
  let out
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--out') {
      out = argv[++i]
      if (!out) usage('--out needs a file name')
    } else if (arg === '-h' || arg === '--help') {
      usage()
    } else if (input === undefined) {
      input = arg
    } else {
      usage(`unexpected argument ${arg}`)
    }
  }
  if (!input) usage('missing BATCH_FILE')
  return { input, out }
}

/** Account id of an ARN, or of a bare 12-digit account id; undefined if none. */
function accountOf(value) {
  if (!value) return undefined
  if (/^\d{12}$/.test(value)) return value
  const parts = value.split(':')
  if (parts.length >= 6 && parts[0] === 'arn' && /^\d{12}$/.test(parts[4])) return parts[4]
  return undefined
}

/** ContextEntries -> iam-simulate contextVariables (string or string[] per key). */
function contextVariables(entries) {
  const vars = {}
  for (const entry of entries || []) {
    const values = (entry.ContextKeyValues || []).map(String)
    const type = entry.ContextKeyType || 'string'
    vars[entry.ContextKeyName] = type.endsWith('List') ? values : values[0]
  }
  return vars
}

function policyInputs(list, prefix) {
  return (list || []).map((text, i) => ({ name: `${prefix}.${i + 1}`, policy: JSON.parse(text) }))
}

function matched(statements, type) {
  return statements.map((s) => ({ SourcePolicyId: s.policyId, SourcePolicyType: type }))
}

/** MatchedStatements for the decisive statements of one analysis. */
function matchedStatements(analysis) {
  if (!analysis) return []
  const id = analysis.identityAnalysis
  const pb = analysis.permissionBoundaryAnalysis
  const rp = analysis.resourceAnalysis
  if (analysis.result === 'ExplicitlyDenied') {
    return [
      ...matched(id?.denyStatements || [], 'IAM Policy'),
      ...matched(pb?.denyStatements || [], 'IAM Policy'),
      ...matched(rp?.denyStatements || [], 'Resource Policy')
    ]
  }
  if (analysis.result === 'Allowed') {
    return [
      ...matched(id?.allowStatements || [], 'IAM Policy'),
      ...matched(rp?.allowStatements || [], 'Resource Policy')
    ]
  }
  return []
}

async function evaluateLine(line) {
  const req = JSON.parse(line)
  const identityPolicies = policyInputs(req.PolicyInputList, 'PolicyInputList')
  const boundaries = req.PermissionsBoundaryPolicyInputList?.length
    ? policyInputs(req.PermissionsBoundaryPolicyInputList, 'PermissionsBoundaryPolicyInputList')
    : undefined
  const resourcePolicy = req.ResourcePolicy ? JSON.parse(req.ResourcePolicy) : undefined
  const callerAccount = accountOf(req.CallerArn) || accountOf(req.ResourceOwner) || DEFAULT_ACCOUNT
  const principal = req.CallerArn || `arn:aws:iam::${callerAccount}:user/SimulatedCaller`
  const context = contextVariables(req.ContextEntries)
  const resources = req.ResourceArns?.length ? req.ResourceArns : ['*']

  const results = []
  for (const action of req.ActionNames || []) {
    for (const resource of resources) {
      const simulation = {
        request: {
          principal,
          action,
          resource: {
            resource,
            accountId: accountOf(req.ResourceOwner) || accountOf(resource) || callerAccount
          },
          contextVariables: context
        },
        identityPolicies,
        serviceControlPolicies: [],
        resourceControlPolicies: [],
        resourcePolicy,
        permissionBoundaryPolicies: boundaries
      }
      const response = await runSimulation(simulation, {})
      let decision
      let statements = []
      if (response.resultType === 'error') {
        decision = `error:${response.errors.message}`
      } else {
        decision = DECISIONS[response.overallResult] || `unknown:${response.overallResult}`
        const analysis =
          response.resultType === 'single'
            ? response.result.analysis
            : response.results.find((r) => r.analysis.result === response.overallResult)?.analysis
        statements = matchedStatements(analysis)
      }
      results.push({
        EvalActionName: action,
        EvalResourceName: resource,
        EvalDecision: decision,
        MatchedStatements: statements,
        MissingContextValues: []
      })
    }
  }
  return results
}

async function main() {
  const { input, out } = parseArgs(process.argv.slice(2))
  const text = readFileSync(input, 'utf8')
  const lines = text.split('\n')
  if (lines.length && lines[lines.length - 1] === '') lines.pop()

  const output = new Array(lines.length)
  let decisions = 0
  let errors = 0
  const counts = { allowed: 0, explicitDeny: 0, implicitDeny: 0 }

  const start = process.hrtime.bigint()
  for (let i = 0; i < lines.length; i++) {
    let results
    try {
      results = await evaluateLine(lines[i])
    } catch (err) {
      results = [{ EvalDecision: `error:${err.message}` }]
    }
    for (const r of results) {
      decisions++
      if (r.EvalDecision in counts) counts[r.EvalDecision]++
      else errors++
    }
    output[i] = JSON.stringify({ EvaluationResults: results })
  }
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9

  const body = output.length ? output.join('\n') + '\n' : ''
  if (out) writeFileSync(out, body)
  else process.stdout.write(body)

  process.stderr.write(
    `peer lines=${lines.length} decisions=${decisions} elapsed_s=${elapsed.toFixed(3)} ` +
      `decisions_per_s=${(decisions / elapsed).toFixed(1)} ` +
      `allowed=${counts.allowed} explicitDeny=${counts.explicitDeny} ` +
      `implicitDeny=${counts.implicitDeny} errors=${errors}\n`
  )
}

main().catch((err) => {
  process.stderr.write(`simulate.mjs: ${err.stack || err}\n`)
  process.exit(1)
})
