// Every page each role can reach passes axe with no serious or critical
// violation, at desktop size (decision 0034; the phone twin is a11y.phone.spec.ts).
import { declareSweepTests } from "./a11y-sweep";

declareSweepTests();
