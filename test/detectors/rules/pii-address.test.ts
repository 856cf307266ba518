// pii/address: its own examples through the rule tester.
import { address } from '../../../src/detectors/pii/address.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(address);
