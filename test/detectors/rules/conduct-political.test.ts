// conduct/political: its own examples through the rule tester.
import { political } from '../../../src/detectors/conduct/political.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(political);
