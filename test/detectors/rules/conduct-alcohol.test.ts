// conduct/alcohol: its own examples through the rule tester.
import { alcohol } from '../../../src/detectors/conduct/alcohol.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(alcohol);
