// conduct/bias: its own examples through the rule tester.
import { bias } from '../../../src/detectors/conduct/bias.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(bias);
