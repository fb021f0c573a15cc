// Every page each role can reach passes axe with no serious or critical
// violation, on a phone (decision 0034; the desktop twin is a11y.spec.ts).
import { declareSweepTests } from "./a11y-sweep";

declareSweepTests();
