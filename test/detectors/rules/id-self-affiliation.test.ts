// id/self-affiliation: its own examples through the rule tester.
import { selfAffiliation } from '../../../src/detectors/id/self-affiliation.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(selfAffiliation);
