/**
 * The benchmark sections `npm run bench` runs, in order. A capability adds its section in a
 * file of its own (e.g. `catalog-ingest-bench.ts`) and lists it here.
 */
import type { BenchSection } from './bench-report';
import { auditThroughputBench } from './audit-throughput-bench';
import { catalogIngestBench } from './catalog-ingest-bench';
import { consoleBench } from './console-bench';
import { disclosureBench } from './disclosure-bench';
import { ingestFormatsBench } from './ingest-formats-bench';
import { isolatedZoneBench } from './isolated-zone-bench';
import { provisioningBench } from './provisioning-bench';
import { workspaceQueriesBench } from './workspace-queries-bench';

export const benchSections: readonly BenchSection[] = [auditThroughputBench, catalogIngestBench, ingestFormatsBench, provisioningBench, workspaceQueriesBench, disclosureBench, isolatedZoneBench, consoleBench];
