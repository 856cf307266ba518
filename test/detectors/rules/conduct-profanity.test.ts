// conduct/profanity: its own examples through the rule tester.
import { profanity } from '../../../src/detectors/conduct/profanity.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(profanity);
